package org.tandem.survey.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The prices observed in one currency: their figures, and how many fell in each bucket [from, to). */
public record PriceDistribution(String currency, NumberSummary summary, List<Bucket> buckets) implements Serializable {

    public record Bucket(BigDecimal from, BigDecimal to, long count) implements Serializable {

        public BigDecimal getFrom() {
            return from;
        }

        public BigDecimal getTo() {
            return to;
        }

        public long getCount() {
            return count;
        }
    }

    public String getCurrency() {
        return currency;
    }

    public NumberSummary getSummary() {
        return summary;
    }

    public List<Bucket> getBuckets() {
        return buckets;
    }
}
