package org.tandem.survey.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** Count, minimum, mean, median and maximum of the numbers answered to one question, to two decimals. */
public record NumberSummary(long count, BigDecimal min, BigDecimal mean, BigDecimal median, BigDecimal max)
        implements Serializable {

    public long getCount() {
        return count;
    }

    public BigDecimal getMin() {
        return min;
    }

    public BigDecimal getMean() {
        return mean;
    }

    public BigDecimal getMedian() {
        return median;
    }

    public BigDecimal getMax() {
        return max;
    }
}
