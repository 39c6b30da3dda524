package org.tandem.marketing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/** The average observed price in one territory in one month, and how many observations it is made of. */
public record TrendPoint(long territoryId, String territory, YearMonth month, BigDecimal averagePrice, long observations)
        implements Serializable {

    public String getTerritory() {
        return territory;
    }

    public String getMonth() {
        return month.toString();
    }

    public BigDecimal getAveragePrice() {
        return averagePrice;
    }

    public long getObservations() {
        return observations;
    }
}
