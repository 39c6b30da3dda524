package org.tandem.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tandem.pricing.control.CandidatePrice;
import org.tandem.pricing.control.CandidateRule;
import org.tandem.pricing.control.PriceCalculation;
import org.tandem.pricing.control.PricingRequest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@link PriceCalculation} alone, no database: one line per product (1,000 lines) priced against the scenario's
 * rules. ALL hands every line every rule; BOOK hands each line the share {@code PriceBook} would.
 * One operation is one line, so the score is lines per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PriceCalculationBenchmark {

    @Param({"100", "1000", "10000"})
    public int rules;

    @Param({"ALL", "BOOK"})
    public String selection;

    private final PriceCalculation calculation = new PriceCalculation();
    private List<PricingRequest> lines;
    private List<List<CandidatePrice>> prices;
    private List<List<CandidateRule>> lineRules;

    @Setup
    public void generate() {
        PricingScenario scenario = PricingScenario.of(rules);
        lines = scenario.lines();
        Map<Long, List<CandidatePrice>> byProduct = scenario.pricesByProduct();
        Map<Long, List<CandidateRule>> shares = scenario.priceBookShares();
        prices = lines.stream().map(l -> byProduct.get(l.product().id())).toList();
        lineRules = lines.stream()
                .map(l -> "ALL".equals(selection) ? scenario.rules : shares.get(l.product().id()))
                .toList();
    }

    @Benchmark
    @OperationsPerInvocation(PricingScenario.PRODUCTS)
    public void priceEveryProduct(Blackhole hole) {
        for (int i = 0; i < lines.size(); i++) {
            hole.consume(calculation.price(lines.get(i), prices.get(i), lineRules.get(i)));
        }
    }
}
