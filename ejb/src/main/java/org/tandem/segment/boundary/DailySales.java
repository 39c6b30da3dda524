package org.tandem.segment.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Net order value of one day. */
public record DailySales(LocalDate day, BigDecimal net) implements Serializable {

    public LocalDate getDay() {
        return day;
    }

    public BigDecimal getNet() {
        return net;
    }
}
