package org.tandem.web.survey;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.util.List;

/**
 * Chart.js configurations for the survey results, as PrimeFaces 15's chart takes them: JSON, written with JSON-P so
 * that labels typed by users are escaped; angle brackets too, since the JSON lands inside a script element.
 */
final class Charts {

    private static final String[] COLOURS = {"#1f6feb", "#2f9e44", "#f08c00", "#c92a2a", "#6f42c1", "#0c8599", "#e64980",
            "#5c940d", "#495057", "#d9480f"};

    private Charts() {
    }

    /** Bars, one per label; horizontal when the labels are long words rather than numbers. */
    static String bar(List<String> labels, List<? extends Number> values, String seriesLabel, boolean horizontal) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> data.add(v.doubleValue()));
        String json = Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", strings(labels))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", seriesLabel).add("data", data).add("backgroundColor", COLOURS[0]))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", horizontal ? "y" : "x")
                        .add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y",
                                Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
        return scriptSafe(json);
    }

    /** A pie of shares, for yes and no. */
    static String pie(List<String> labels, List<? extends Number> values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> data.add(v.doubleValue()));
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            colours.add(COLOURS[(i + 1) % COLOURS.length]);
        }
        String json = Json.createObjectBuilder()
                .add("type", "pie")
                .add("data", Json.createObjectBuilder()
                        .add("labels", strings(labels))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("data", data).add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true).add("maintainAspectRatio", false).add("animation", false))
                .build().toString();
        return scriptSafe(json);
    }

    private static JsonArrayBuilder strings(List<String> labels) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        labels.forEach(array::add);
        return array;
    }

    /** Angle brackets appear in JSON only inside strings, where their escapes mean the same. */
    private static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e");
    }
}
