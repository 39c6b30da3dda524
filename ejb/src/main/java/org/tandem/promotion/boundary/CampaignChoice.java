package org.tandem.promotion.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A campaign a request may be paid from, as a picker shows it. */
public record CampaignChoice(long id, String code, String name, LocalDate fromDate, LocalDate thruDate)
        implements Serializable {

    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getThruDate() {
        return thruDate;
    }
}
