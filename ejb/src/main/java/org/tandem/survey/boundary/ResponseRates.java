package org.tandem.survey.boundary;

import java.io.Serializable;
import java.util.List;

/** Response rates of a survey, per territory and per rep, and over all. */
public record ResponseRates(ResponseRate total, List<ResponseRate> byTerritory, List<ResponseRate> byRep)
        implements Serializable {

    public ResponseRate getTotal() {
        return total;
    }

    public List<ResponseRate> getByTerritory() {
        return byTerritory;
    }

    public List<ResponseRate> getByRep() {
        return byRep;
    }
}
