package org.tandem.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The session beans themselves refuse the roles they are not for, whatever a screen shows: the probe in the
 * test EAR calls each bean as each role (@RunAs) and reports what it was let do.
 */
class SessionBeanAccessIT {

    private static final Set<String> ALL_STAFF = Set.of("SALES_REP", "SALES_MANAGER", "MARKETING", "MARKETING_MANAGER",
            "FINANCE", "GENERAL_MANAGER", "ADMIN", "INTEGRATION");

    private static final Set<String> SALES = Set.of("SALES_REP", "SALES_MANAGER");
    private static final Set<String> MARKETING = Set.of("MARKETING", "MARKETING_MANAGER");
    private static final Set<String> MARKETING_AND_GM = Set.of("MARKETING", "MARKETING_MANAGER", "GENERAL_MANAGER");
    private static final Set<String> SALES_AND_READERS = Set.of("SALES_REP", "SALES_MANAGER", "GENERAL_MANAGER", "FINANCE");

    private static final Set<String> PROMOTION_APPROVERS = Set.of("SALES_MANAGER", "MARKETING", "MARKETING_MANAGER",
            "GENERAL_MANAGER");
    private static final Set<String> PROMOTION_STAFF = Set.of("SALES_REP", "SALES_MANAGER", "MARKETING",
            "MARKETING_MANAGER", "GENERAL_MANAGER");

    /** The specification: which roles may make each call. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("UserAdministration.findUsers", Set.of("ADMIN")),
            Map.entry("TerritoryAdministration.findTerritories", Set.of("ADMIN")),
            Map.entry("CustomerDirectory.visibleCustomersByKind", Set.of("SALES_REP", "SALES_MANAGER", "GENERAL_MANAGER")),
            Map.entry("Catalog.brands", Set.of("MARKETING", "MARKETING_MANAGER", "SALES_REP", "SALES_MANAGER", "FINANCE", "GENERAL_MANAGER")),
            Map.entry("CreditExposure.totalCreditLimits", Set.of("FINANCE", "GENERAL_MANAGER")),
            Map.entry("UserPreferences.currentUser", ALL_STAFF),
            // order to cash: the sales office writes quotations, orders, deliveries and returns; finance bills,
            // credits and collects; the general manager reads; marketing, admin and integration see none of it
            Map.entry("Quotations.find", Set.of("SALES_REP", "SALES_MANAGER", "GENERAL_MANAGER")),
            Map.entry("Quotations.create", SALES),
            Map.entry("Quotations.accept", SALES),
            Map.entry("OrderProcessing.find", SALES_AND_READERS),
            Map.entry("OrderProcessing.create", SALES),
            Map.entry("OrderProcessing.confirm", SALES),
            Map.entry("OrderProcessing.cancel", SALES),
            Map.entry("OrderProcessing.awaitingApproval", Set.of("SALES_MANAGER", "GENERAL_MANAGER")),
            Map.entry("OrderProcessing.approve", Set.of("SALES_MANAGER")),
            Map.entry("OrderProcessing.sendBack", Set.of("SALES_MANAGER")),
            Map.entry("Shipping.find", SALES_AND_READERS),
            Map.entry("Shipping.plan", SALES),
            Map.entry("Shipping.ship", SALES),
            Map.entry("Invoicing.find", SALES_AND_READERS),
            Map.entry("Invoicing.bill", Set.of("FINANCE")),
            Map.entry("Invoicing.issue", Set.of("FINANCE")),
            Map.entry("Invoicing.credit", Set.of("FINANCE")),
            Map.entry("Receivables.record", Set.of("FINANCE")),
            Map.entry("Receivables.ageing", Set.of("FINANCE", "GENERAL_MANAGER")),
            Map.entry("Returns.find", SALES_AND_READERS),
            Map.entry("Returns.request", SALES),
            Map.entry("Returns.receive", SALES),
            Map.entry("DocumentFlow.of", SALES_AND_READERS),
            // marketing's own work: marketing writes, the general manager reads; the sales force reads target
            // segments and campaigns, records competitor prices seen in the field and learns a channel's terms
            Map.entry("Segments.find", MARKETING_AND_GM),
            Map.entry("Segments.targets", Set.of("MARKETING", "MARKETING_MANAGER", "GENERAL_MANAGER", "SALES_REP", "SALES_MANAGER")),
            Map.entry("Segments.all", MARKETING_AND_GM),
            Map.entry("Segments.segment", MARKETING_AND_GM),
            Map.entry("Segments.create", MARKETING),
            Map.entry("Segments.update", MARKETING),
            Map.entry("Segments.members", MARKETING_AND_GM),
            Map.entry("Segments.memberCount", MARKETING_AND_GM),
            Map.entry("Segments.territories", MARKETING_AND_GM),
            Map.entry("Segments.positioning", MARKETING_AND_GM),
            Map.entry("Segments.position", MARKETING),
            Map.entry("Segments.salesByDay", MARKETING_AND_GM),
            Map.entry("Campaigns.find", Set.of("MARKETING", "MARKETING_MANAGER", "GENERAL_MANAGER", "SALES_REP", "SALES_MANAGER")),
            Map.entry("Campaigns.campaign", Set.of("MARKETING", "MARKETING_MANAGER", "GENERAL_MANAGER", "SALES_REP", "SALES_MANAGER")),
            Map.entry("Campaigns.create", MARKETING),
            Map.entry("Campaigns.update", MARKETING),
            Map.entry("Campaigns.start", MARKETING),
            Map.entry("Campaigns.close", MARKETING),
            Map.entry("Campaigns.cancel", MARKETING),
            Map.entry("Campaigns.recordSpend", MARKETING),
            Map.entry("Campaigns.ledger", MARKETING_AND_GM),
            Map.entry("Campaigns.performance", MARKETING_AND_GM),
            Map.entry("ChannelPolicies.policies", MARKETING_AND_GM),
            Map.entry("ChannelPolicies.set", MARKETING),
            Map.entry("ChannelPolicies.paymentTermsFor", Set.of("MARKETING", "MARKETING_MANAGER", "GENERAL_MANAGER", "SALES_REP", "SALES_MANAGER")),
            Map.entry("LaunchPlans.find", MARKETING_AND_GM),
            Map.entry("LaunchPlans.plan", MARKETING_AND_GM),
            Map.entry("LaunchPlans.create", MARKETING),
            Map.entry("LaunchPlans.update", MARKETING),
            Map.entry("LaunchPlans.addMilestone", MARKETING),
            Map.entry("LaunchPlans.markMilestone", MARKETING),
            Map.entry("LaunchPlans.removeMilestone", MARKETING),
            Map.entry("LaunchPlans.approve", MARKETING),
            Map.entry("LaunchPlans.launch", MARKETING),
            Map.entry("LaunchPlans.cancel", MARKETING),
            Map.entry("LaunchPlans.overdueMilestones", MARKETING_AND_GM),
            Map.entry("LaunchPlans.brands", MARKETING_AND_GM),
            Map.entry("LaunchPlans.productsOf", MARKETING_AND_GM),
            Map.entry("LaunchPlans.possibleOwners", MARKETING_AND_GM),
            Map.entry("CompetitorIntelligence.competitors", Set.of("MARKETING", "MARKETING_MANAGER", "GENERAL_MANAGER", "SALES_REP", "SALES_MANAGER")),
            Map.entry("CompetitorIntelligence.products", Set.of("MARKETING", "MARKETING_MANAGER", "GENERAL_MANAGER", "SALES_REP", "SALES_MANAGER")),
            Map.entry("CompetitorIntelligence.observationTerritories", Set.of("MARKETING", "MARKETING_MANAGER", "SALES_REP", "SALES_MANAGER")),
            Map.entry("CompetitorIntelligence.saveCompetitor", MARKETING),
            Map.entry("CompetitorIntelligence.saveProduct", MARKETING),
            Map.entry("CompetitorIntelligence.observe", Set.of("MARKETING", "MARKETING_MANAGER", "SALES_REP", "SALES_MANAGER")),
            Map.entry("CompetitorIntelligence.findObservations", MARKETING_AND_GM),
            Map.entry("CompetitorIntelligence.trend", MARKETING_AND_GM),
            // surveys: marketing designs, assigns and reads the results, the general manager reads them and closes
            // meeting items; reps fill their own, sales managers enter paper forms; nobody else sees any of it
            Map.entry("SurveyDesign.find", MARKETING_AND_GM),
            Map.entry("SurveyDesign.survey", MARKETING_AND_GM),
            Map.entry("SurveyDesign.create", MARKETING),
            Map.entry("SurveyDesign.revise", MARKETING),
            Map.entry("SurveyDesign.versions", MARKETING_AND_GM),
            Map.entry("SurveyDesign.assignToTerritory", MARKETING),
            Map.entry("SurveyDesign.assignToRep", MARKETING),
            Map.entry("SurveyDesign.assignments", MARKETING_AND_GM),
            Map.entry("SurveyDesign.territories", MARKETING),
            Map.entry("SurveyDesign.reps", MARKETING),
            Map.entry("SurveyFieldwork.owed", SALES),
            Map.entry("SurveyFieldwork.form", SALES),
            Map.entry("SurveyFieldwork.saveDraft", SALES),
            Map.entry("SurveyFieldwork.submit", SALES),
            Map.entry("SurveyResults.rates", MARKETING_AND_GM),
            Map.entry("SurveyResults.results", MARKETING_AND_GM),
            Map.entry("SurveyResults.respondents", MARKETING_AND_GM),
            Map.entry("SurveyResults.answers", MARKETING_AND_GM),
            Map.entry("SurveyFindings.record", MARKETING),
            Map.entry("SurveyFindings.findings", MARKETING_AND_GM),
            Map.entry("SurveyFindings.openMeetingItems", Set.of("GENERAL_MANAGER")),
            Map.entry("SurveyFindings.markDone", MARKETING_AND_GM),
            // promotion requests: sales files, the approvers decide, marketing and the general manager read all
            Map.entry("PromotionRequests.find", PROMOTION_STAFF),
            Map.entry("PromotionRequests.awaitingMe", PROMOTION_APPROVERS),
            Map.entry("PromotionRequests.openCampaigns", SALES),
            Map.entry("PromotionRequests.file", SALES),
            Map.entry("PromotionRequests.approve", PROMOTION_APPROVERS),
            Map.entry("PromotionRequests.giveOpinion", Set.of("MARKETING", "MARKETING_MANAGER")),
            Map.entry("PromotionRequests.contest", Set.of("SALES_MANAGER")),
            Map.entry("PromotionRequests.cancel", PROMOTION_STAFF),
            Map.entry("OrganisationSettings.current", PROMOTION_STAFF),
            Map.entry("OrganisationSettings.change", Set.of("GENERAL_MANAGER")),
            Map.entry("PromotionResults.forRequest", PROMOTION_STAFF),
            Map.entry("PromotionResults.forCampaign", PROMOTION_APPROVERS),
            Map.entry("PromotionPrices.endFrom", PROMOTION_APPROVERS));

    private static JsonObject observed;

    @BeforeAll
    static void askTheProbe() {
        HttpResponse<String> response = new TandemClient().get("/it-probe/access");
        assertEquals(200, response.statusCode(), response::body);
        observed = Json.createReader(new StringReader(response.body())).readObject();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SALES_REP", "SALES_MANAGER", "MARKETING", "MARKETING_MANAGER", "FINANCE", "GENERAL_MANAGER",
            "ADMIN", "INTEGRATION", "ANONYMOUS"})
    void eachRoleIsLetInWhereTheSpecificationSaysAndRefusedElsewhere(String role) {
        Map<String, String> expected = new TreeMap<>();
        ALLOWED.forEach((call, roles) -> expected.put(call, roles.contains(role) ? "allowed" : "refused"));
        Map<String, String> actual = new TreeMap<>();
        observed.getJsonObject(role).forEach((call, result) -> actual.put(call, ((jakarta.json.JsonString) result).getString()));
        assertEquals(expected, actual, role);
    }
}
