package org.tandem.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.tandem.pricing.boundary.PricedLine;
import org.tandem.pricing.control.CandidateRule;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the benchmarks and prints their figures: the price calculation alone (JMH), the price book on PostgreSQL,
 * the SD cycle, order intake and the sales order list. The names given as arguments ({@code calculation},
 * {@code pricebook}, {@code sdcycle}, {@code intake}, {@code largeorder}, {@code orderlist}) run only those; none runs them all.
 * {@code -Dtandem.bench.seconds} sets the measured time of the SD cycle and intake rows (default 30).
 */
public final class Figures {

    private Figures() {
    }

    public static void main(String[] args) throws Exception {
        List<String> only = List.of(args);
        long measure = Long.getLong("tandem.bench.seconds", 30) * 1000;
        if (only.isEmpty() || only.contains("calculation")) {
            calculation();
        }
        if (only.isEmpty() || only.contains("pricebook")) {
            PriceBookBenchmark.run();
        }
        if (only.isEmpty() || only.contains("sdcycle")) {
            SdCycleBenchmark.run(new int[]{1, 4, 8}, 10_000, measure);
        }
        if (only.isEmpty() || only.contains("intake")) {
            OrderIntakeBenchmark.run(10_000, measure);
        }
        if (only.isEmpty() || only.contains("largeorder")) {
            LargeOrderBenchmark.run();
        }
        if (only.isEmpty() || only.contains("orderlist")) {
            OrderListBenchmark.run();
        }
    }

    private static void calculation() throws Exception {
        // the narrower selection must not change a single price, or its figure would mean nothing
        for (int rules : new int[]{100, 1000, 10_000}) {
            PricingScenario scenario = PricingScenario.of(rules);
            Map<Long, List<CandidateRule>> shares = scenario.priceBookShares();
            List<PricedLine> book = scenario.priced(shares::get);
            boolean alike = scenario.priced(id -> scenario.rules).equals(book);
            System.out.printf("%d rules: ALL and BOOK price every line alike: %s; %d adjustments on 1,000 lines%n",
                    rules, alike ? "yes" : "NO", book.stream().mapToInt(l -> l.adjustments().size()).sum());
        }
        System.out.flush();
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(PriceCalculationBenchmark.class.getName())
                .build()).run();
        // rule count → selection → lines per second
        Map<Integer, Map<String, Double>> scores = new TreeMap<>();
        for (RunResult result : results) {
            int rules = Integer.parseInt(result.getParams().getParam("rules"));
            String selection = result.getParams().getParam("selection");
            scores.computeIfAbsent(rules, r -> new TreeMap<>()).put(selection, result.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("Price calculation, 1,000 products, lines per second (growth: time per line against 100 rules)");
        System.out.printf("%8s %10s %14s %8s %14s %8s%n", "rules", "rules/line", "ALL lines/s", "growth", "BOOK lines/s", "growth");
        Map<String, Double> first = scores.values().iterator().next();
        for (Map.Entry<Integer, Map<String, Double>> row : scores.entrySet()) {
            Map<String, Double> score = row.getValue();
            double all = score.getOrDefault("ALL", Double.NaN);
            double book = score.getOrDefault("BOOK", Double.NaN);
            System.out.printf("%8d %10.1f %14.0f %7.1fx %14.0f %7.1fx%n", row.getKey(),
                    PricingScenario.of(row.getKey()).priceBookShares().values().stream().mapToInt(List::size)
                            .average().orElse(0),
                    all, first.get("ALL") / all, book, first.get("BOOK") / book);
        }
    }
}
