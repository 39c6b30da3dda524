package org.tandem.web.marketing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.util.List;

/** Chart.js configurations for PrimeFaces' p:chart, built with JSON-P so that labels are always escaped. */
final class ChartJson {

    /** One series of a chart: its label, colour and values (one per chart label). */
    record Series(String label, String colour, List<BigDecimal> values) {
    }

    private ChartJson() {
    }

    static String bar(List<String> labels, List<Series> series) {
        return chart("bar", labels, series, false);
    }

    static String line(List<String> labels, List<Series> series) {
        return chart("line", labels, series, true);
    }

    private static String chart(String type, List<String> labels, List<Series> series, boolean line) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.values().forEach(v -> {
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(v);
                }
            });
            JsonObjectBuilder set = Json.createObjectBuilder().add("label", s.label()).add("data", data)
                    .add("backgroundColor", s.colour()).add("borderColor", s.colour());
            if (line) {
                set.add("fill", false).add("tension", 0.2).add("spanGaps", true);
            }
            datasets.add(set);
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", !line))))
                .build().toString();
    }
}
