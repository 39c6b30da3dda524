package org.tandem.survey.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** How many respondents chose an option (or answered yes, or no), and what share of those who answered. */
public record OptionCount(String label, long count, BigDecimal percent) implements Serializable {

    public String getLabel() {
        return label;
    }

    public long getCount() {
        return count;
    }

    public BigDecimal getPercent() {
        return percent;
    }
}
