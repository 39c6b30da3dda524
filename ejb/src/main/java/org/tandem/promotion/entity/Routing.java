package org.tandem.promotion.entity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The route of a promotion request, as a table over organisation stage × cost band: the steps it passes, in
 * order, and how a disagreement between sales and marketing goes up to the general manager. docs/promotions.md
 * shows the same table.
 */
public final class Routing {

    /** One step of a route: who is asked, and for what. */
    public record Station(Approver approver, StepPurpose purpose) {
    }

    /** How a disagreement between the departments reaches the general manager, if it can arise at all. */
    public enum Dispute {
        NONE,
        /** The sales manager decides against marketing's opinion: the general manager arbitrates. */
        DECISION_AGAINST_OPINION,
        /** Marketing rejects and the sales manager contests it: the general manager arbitrates. */
        CONTESTED_REJECTION
    }

    public record Route(List<Station> stations, Dispute dispute) {
        public Route {
            stations = List.copyOf(stations);
        }
    }

    private static final Station SALES_MANAGER_DECIDES = new Station(Approver.SALES_MANAGER, StepPurpose.DECISION);
    private static final Station MARKETING_DECIDES = new Station(Approver.MARKETING, StepPurpose.DECISION);
    private static final Station GENERAL_MANAGER_DECIDES = new Station(Approver.GENERAL_MANAGER, StepPurpose.DECISION);

    private static final Map<OrganisationStage, Map<CostBand, Route>> TABLE = new EnumMap<>(OrganisationStage.class);

    static {
        row(OrganisationStage.SIMPLE_SALES,
                simple(SALES_MANAGER_DECIDES),
                simple(SALES_MANAGER_DECIDES),
                simple(GENERAL_MANAGER_DECIDES));
        row(OrganisationStage.SALES_WITH_MARKETING,
                simple(SALES_MANAGER_DECIDES),
                new Route(List.of(new Station(Approver.MARKETING, StepPurpose.OPINION), SALES_MANAGER_DECIDES),
                        Dispute.DECISION_AGAINST_OPINION),
                simple(GENERAL_MANAGER_DECIDES));
        row(OrganisationStage.SEPARATE_MARKETING,
                simple(SALES_MANAGER_DECIDES),
                new Route(List.of(MARKETING_DECIDES), Dispute.CONTESTED_REJECTION),
                simple(GENERAL_MANAGER_DECIDES));
        // within the budget delegated to sales, its manager decides even where sales reports to marketing
        row(OrganisationStage.MODERN_MARKETING,
                simple(SALES_MANAGER_DECIDES),
                simple(MARKETING_DECIDES),
                simple(new Station(Approver.MARKETING_MANAGER, StepPurpose.DECISION)));
    }

    private Routing() {
    }

    public static Route route(OrganisationStage stage, CostBand band) {
        return TABLE.get(stage).get(band);
    }

    private static Route simple(Station decides) {
        return new Route(List.of(decides), Dispute.NONE);
    }

    private static void row(OrganisationStage stage, Route within, Route above, Route beyondLimit) {
        Map<CostBand, Route> row = new EnumMap<>(CostBand.class);
        row.put(CostBand.WITHIN_SALES_AUTHORITY, within);
        row.put(CostBand.ABOVE_SALES_AUTHORITY, above);
        row.put(CostBand.ABOVE_ESCALATION_LIMIT, beyondLimit);
        TABLE.put(stage, row);
    }
}
