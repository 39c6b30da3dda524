package org.tandem.survey.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Of the responses expected from a territory or a rep, how many were submitted and how many are drafts. */
public record ResponseRate(long id, String code, String name, long expected, long submitted, long drafts) implements Serializable {

    /** Submitted as a percentage of expected, to one decimal; 0 when nothing is expected. */
    public BigDecimal getPercent() {
        return expected == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(submitted * 100).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP);
    }

    /** the territory's or the rep's id; 0 for the total */
    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public long getExpected() {
        return expected;
    }

    public long getSubmitted() {
        return submitted;
    }

    public long getDrafts() {
        return drafts;
    }
}
