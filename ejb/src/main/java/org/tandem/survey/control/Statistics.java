package org.tandem.survey.control;

import org.tandem.survey.boundary.NumberSummary;
import org.tandem.survey.boundary.PriceDistribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of numbers and prices answered: count, minimum, mean, median, maximum, and for prices a distribution
 * in buckets of a round width (1, 2 or 5 times a power of ten) so that at most {@value #MOST_BUCKETS} cover the range.
 */
public final class Statistics {

    static final int MOST_BUCKETS = 6;
    private static final int SCALE = 2;

    private Statistics() {
    }

    /** @return null when nothing was answered */
    public static NumberSummary summary(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new NumberSummary(sorted.size(), scaled(sorted.get(0)),
                sum.divide(BigDecimal.valueOf(sorted.size()), SCALE, RoundingMode.HALF_UP),
                median(sorted), scaled(sorted.get(sorted.size() - 1)));
    }

    static BigDecimal median(List<BigDecimal> sorted) {
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
        return scaled(median);
    }

    public static PriceDistribution distribution(String currency, List<BigDecimal> prices) {
        NumberSummary summary = summary(prices);
        BigDecimal min = summary.min();
        BigDecimal width = bucketWidth(summary.max().subtract(min));
        BigDecimal from = min.divide(width, 0, RoundingMode.FLOOR).multiply(width);
        List<PriceDistribution.Bucket> buckets = new ArrayList<>();
        while (from.compareTo(summary.max()) <= 0) {
            BigDecimal to = from.add(width);
            BigDecimal lower = from;
            long count = prices.stream().filter(p -> p.compareTo(lower) >= 0 && p.compareTo(to) < 0).count();
            buckets.add(new PriceDistribution.Bucket(scaled(from), scaled(to), count));
            from = to;
        }
        return new PriceDistribution(currency, summary, buckets);
    }

    /** The smallest round width that covers {@code range} in {@value #MOST_BUCKETS} buckets; 1 when all are equal. */
    static BigDecimal bucketWidth(BigDecimal range) {
        if (range.signum() == 0) {
            return BigDecimal.ONE;
        }
        BigDecimal least = range.divide(BigDecimal.valueOf(MOST_BUCKETS), 10, RoundingMode.HALF_UP);
        BigDecimal power = BigDecimal.ONE.movePointLeft(4);
        while (true) {
            for (int step : new int[]{1, 2, 5}) {
                BigDecimal width = power.multiply(BigDecimal.valueOf(step));
                if (width.compareTo(least) >= 0) {
                    return width.stripTrailingZeros();
                }
            }
            power = power.movePointRight(1);
        }
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
