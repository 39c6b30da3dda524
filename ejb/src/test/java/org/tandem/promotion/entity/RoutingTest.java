package org.tandem.promotion.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The routing table, every organisation stage × cost band, as docs/promotions.md states it. */
class RoutingTest {

    @ParameterizedTest(name = "{0} × {1} → {2} ({3})")
    @CsvSource({
            "SIMPLE_SALES,         WITHIN_SALES_AUTHORITY, SALES_MANAGER:DECISION,                  NONE",
            "SIMPLE_SALES,         ABOVE_SALES_AUTHORITY,  SALES_MANAGER:DECISION,                  NONE",
            "SIMPLE_SALES,         ABOVE_ESCALATION_LIMIT, GENERAL_MANAGER:DECISION,                NONE",
            "SALES_WITH_MARKETING, WITHIN_SALES_AUTHORITY, SALES_MANAGER:DECISION,                  NONE",
            "SALES_WITH_MARKETING, ABOVE_SALES_AUTHORITY,  MARKETING:OPINION SALES_MANAGER:DECISION, DECISION_AGAINST_OPINION",
            "SALES_WITH_MARKETING, ABOVE_ESCALATION_LIMIT, GENERAL_MANAGER:DECISION,                NONE",
            "SEPARATE_MARKETING,   WITHIN_SALES_AUTHORITY, SALES_MANAGER:DECISION,                  NONE",
            "SEPARATE_MARKETING,   ABOVE_SALES_AUTHORITY,  MARKETING:DECISION,                      CONTESTED_REJECTION",
            "SEPARATE_MARKETING,   ABOVE_ESCALATION_LIMIT, GENERAL_MANAGER:DECISION,                NONE",
            "MODERN_MARKETING,     WITHIN_SALES_AUTHORITY, SALES_MANAGER:DECISION,                  NONE",
            "MODERN_MARKETING,     ABOVE_SALES_AUTHORITY,  MARKETING:DECISION,                      NONE",
            "MODERN_MARKETING,     ABOVE_ESCALATION_LIMIT, MARKETING_MANAGER:DECISION,              NONE"})
    void eachStageAndBandHasItsRoute(OrganisationStage stage, CostBand band, String stations, Routing.Dispute dispute) {
        Routing.Route route = Routing.route(stage, band);
        assertEquals(stations, route.stations().stream().map(s -> s.approver() + ":" + s.purpose())
                .collect(Collectors.joining(" ")));
        assertEquals(dispute, route.dispute());
    }

    @Test
    void everyCellOfTheTableIsFilled() {
        long cells = Arrays.stream(OrganisationStage.values())
                .flatMap(stage -> Arrays.stream(CostBand.values()).map(band -> Routing.route(stage, band)))
                .filter(route -> route != null && !route.stations().isEmpty())
                .count();
        assertEquals(12, cells);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0, WITHIN_SALES_AUTHORITY", "20000.00, WITHIN_SALES_AUTHORITY", "20000.01, ABOVE_SALES_AUTHORITY",
            "100000, ABOVE_SALES_AUTHORITY", "100000.01, ABOVE_ESCALATION_LIMIT"})
    void theBandsIncludeTheirUpperLimit(BigDecimal cost, CostBand band) {
        assertEquals(band, CostBand.of(cost, new BigDecimal("20000"), new BigDecimal("100000")));
    }
}
