package org.tandem.web.receivable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import org.tandem.receivable.boundary.AgeingRow;
import org.tandem.receivable.boundary.Receivables;
import org.tandem.shared.entity.Money;
import org.tandem.web.shell.Feedback;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What customers owe on a day, by how long past due, with one totals row per currency and a bar chart of the
 * buckets (Chart.js configuration written here, since PrimeFaces 15 takes it as JSON).
 */
@Named
@ViewScoped
public class ReceivablesView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<String> BUCKETS = List.of("notDue", "days1to30", "days31to60", "days61to90", "over90");
    private static final List<Function<AgeingRow, Money>> AMOUNTS = List.of(AgeingRow::notDue, AgeingRow::days1to30,
            AgeingRow::days31to60, AgeingRow::days61to90, AgeingRow::over90, AgeingRow::total);
    private static final String[] COLOURS = {"#22c55e", "#eab308", "#f97316", "#ef4444", "#991b1b"};

    @EJB
    Receivables receivables;

    @Inject
    Feedback feedback;

    @NotNull
    private LocalDate asOf = LocalDate.now();

    private List<AgeingRow> rows = List.of();
    private List<AgeingRow> totals = List.of();

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        rows = receivables.ageing(asOf);
        totals = rows.stream().collect(Collectors.groupingBy(r -> r.total().getCurrency(), LinkedHashMap::new,
                        Collectors.toList()))
                .entrySet().stream().map(e -> total(e.getKey(), e.getValue())).toList();
    }

    private static AgeingRow total(String currency, List<AgeingRow> rows) {
        Money[] sums = new Money[AMOUNTS.size()];
        for (int i = 0; i < sums.length; i++) {
            Function<AgeingRow, Money> amount = AMOUNTS.get(i);
            sums[i] = rows.stream().map(amount).reduce(Money.zero(currency), Money::plus);
        }
        return new AgeingRow(0, currency, null, sums[0], sums[1], sums[2], sums[3], sums[4], sums[5]);
    }

    /** A Chart.js bar chart: one bar per bucket and currency, coloured from not yet due (green) to over 90 days. */
    public String getChart() {
        StringBuilder labels = new StringBuilder();
        for (String bucket : BUCKETS) {
            labels.append(labels.isEmpty() ? "" : ",").append(json(feedback.text("ageing." + bucket)));
        }
        StringBuilder datasets = new StringBuilder();
        for (AgeingRow total : totals) {
            StringBuilder data = new StringBuilder();
            for (int i = 0; i < BUCKETS.size(); i++) {
                BigDecimal amount = AMOUNTS.get(i).apply(total).getAmount();
                data.append(i == 0 ? "" : ",").append(amount.toPlainString());
            }
            StringBuilder colours = new StringBuilder();
            for (String colour : COLOURS) {
                colours.append(colours.isEmpty() ? "" : ",").append(json(colour));
            }
            datasets.append(datasets.isEmpty() ? "" : ",").append("{\"label\":").append(json(total.customerCode()))
                    .append(",\"data\":[").append(data).append("],\"backgroundColor\":[").append(colours).append("]}");
        }
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[" + datasets + "]},"
                + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,"
                + "\"plugins\":{\"legend\":{\"display\":" + (totals.size() > 1) + "}},"
                + "\"scales\":{\"y\":{\"beginAtZero\":true}}}}";
    }

    private static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>') {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public List<AgeingRow> getRows() {
        return rows;
    }

    /** The customers, then one totals row per currency (customer id 0, the currency as its code), so exports have them too. */
    public List<AgeingRow> getTableRows() {
        return Stream.concat(rows.stream(), totals.stream()).toList();
    }

    /** One row per currency; its customerCode is the currency. */
    public List<AgeingRow> getTotals() {
        return totals;
    }
}
