package org.tandem.it.probe;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import org.tandem.campaign.boundary.CampaignDetails;
import org.tandem.campaign.boundary.Campaigns;
import org.tandem.campaign.entity.BudgetCategory;
import org.tandem.campaign.entity.CampaignKind;
import org.tandem.catalog.boundary.Catalog;
import org.tandem.customer.entity.Channel;
import org.tandem.marketing.boundary.CompetitorIntelligence;
import org.tandem.marketing.boundary.LaunchPlanTerms;
import org.tandem.marketing.boundary.LaunchPlans;
import org.tandem.marketing.boundary.ObservationEntry;
import org.tandem.pricing.boundary.ChannelPolicies;
import org.tandem.segment.boundary.Audience;
import org.tandem.segment.boundary.SegmentTerms;
import org.tandem.segment.boundary.Segments;
import org.tandem.customer.boundary.CreditExposure;
import org.tandem.customer.boundary.CustomerDirectory;
import org.tandem.organization.boundary.TerritoryAdministration;
import org.tandem.organization.boundary.UserAdministration;
import org.tandem.organization.boundary.UserPreferences;
import org.tandem.delivery.boundary.DeliveryQuantity;
import org.tandem.delivery.boundary.Shipping;
import org.tandem.document.boundary.DocumentFlow;
import org.tandem.document.boundary.DocumentKind;
import org.tandem.invoice.boundary.Invoicing;
import org.tandem.order.boundary.OrderProcessing;
import org.tandem.pricing.boundary.PriceInquiry;
import org.tandem.quotation.boundary.Quotations;
import org.tandem.receivable.boundary.PaymentReceipt;
import org.tandem.receivable.boundary.Receivables;
import org.tandem.receivable.entity.PaymentMethod;
import org.tandem.returns.boundary.ReturnQuantity;
import org.tandem.returns.boundary.Returns;
import org.tandem.returns.entity.ReturnReason;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.survey.boundary.ResultsFilter;
import org.tandem.survey.boundary.SurveyDesign;
import org.tandem.survey.boundary.SurveyFieldwork;
import org.tandem.survey.boundary.SurveyFindings;
import org.tandem.survey.boundary.SurveyResults;
import org.tandem.survey.entity.ActionKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Calls one method of each group of a session bean's methods (the groups differ in their roles) and records, per
 * call, whether the caller was let in. A call that changes something names a document that does not exist
 * (id -1), so that once past the role check it is refused as not found and writes nothing.
 */
@ApplicationScoped
public class SessionBeanCalls {

    @EJB
    UserAdministration users;
    @EJB
    TerritoryAdministration territories;
    @EJB
    CustomerDirectory customers;
    @EJB
    Catalog catalog;
    @EJB
    CreditExposure credit;
    @EJB
    UserPreferences preferences;
    @EJB
    Quotations quotations;
    @EJB
    OrderProcessing orders;
    @EJB
    Shipping shipping;
    @EJB
    Invoicing invoicing;
    @EJB
    Receivables receivables;
    @EJB
    Returns returns;
    @EJB
    DocumentFlow flow;
    @EJB
    Segments segments;
    @EJB
    Campaigns campaigns;
    @EJB
    ChannelPolicies channelPolicies;
    @EJB
    LaunchPlans launchPlans;
    @EJB
    CompetitorIntelligence intelligence;
    @EJB
    SurveyDesign surveyDesign;
    @EJB
    SurveyFieldwork surveyFieldwork;
    @EJB
    SurveyResults surveyResults;
    @EJB
    SurveyFindings surveyFindings;
    @EJB
    org.tandem.promotion.boundary.PromotionRequests promotions;
    @EJB
    org.tandem.promotion.boundary.OrganisationSettings organisation;
    @EJB
    org.tandem.promotion.boundary.PromotionResults promotionResults;
    @EJB
    org.tandem.pricing.boundary.PromotionPrices promotionPrices;

    public Map<String, String> callAll() {
        Map<String, String> results = new LinkedHashMap<>();
        record(results, "UserAdministration.findUsers", () -> users.findUsers(PageRequest.firstPage(5)));
        record(results, "TerritoryAdministration.findTerritories", () -> territories.findTerritories(PageRequest.firstPage(5)));
        record(results, "CustomerDirectory.visibleCustomersByKind", customers::visibleCustomersByKind);
        record(results, "Catalog.brands", catalog::brands);
        record(results, "CreditExposure.totalCreditLimits", credit::totalCreditLimits);
        record(results, "UserPreferences.currentUser", preferences::currentUser);
        salesDocuments(results);
        marketing(results);
        surveys(results);
        promotions(results);
        return results;
    }

    private void salesDocuments(Map<String, String> results) {
        LocalDate today = LocalDate.now();
        List<PriceInquiry.Line> oneLine = List.of(new PriceInquiry.Line(-1, BigDecimal.ONE, null));
        record(results, "Quotations.find", () -> quotations.find(PageRequest.firstPage(5)));
        record(results, "Quotations.create", () -> quotations.create(-1, today.plusDays(30), null, oneLine));
        record(results, "Quotations.accept", () -> quotations.accept(-1, 0));
        record(results, "OrderProcessing.find", () -> orders.find(PageRequest.firstPage(5)));
        record(results, "OrderProcessing.create", () -> orders.create(-1, null, null, oneLine));
        record(results, "OrderProcessing.confirm", () -> orders.confirm(-1, 0));
        record(results, "OrderProcessing.cancel", () -> orders.cancel(-1, 0, "probe"));
        record(results, "OrderProcessing.awaitingApproval", () -> orders.awaitingApproval(PageRequest.firstPage(5)));
        record(results, "OrderProcessing.approve", () -> orders.approve(-1, 0));
        record(results, "OrderProcessing.sendBack", () -> orders.sendBack(-1, 0, "probe"));
        record(results, "Shipping.find", () -> shipping.find(PageRequest.firstPage(5)));
        record(results, "Shipping.plan", () -> shipping.plan(-1, 0, today,
                List.of(new DeliveryQuantity(-1, BigDecimal.ONE))));
        record(results, "Shipping.ship", () -> shipping.ship(-1, 0));
        record(results, "Invoicing.find", () -> invoicing.find(PageRequest.firstPage(5)));
        record(results, "Invoicing.bill", () -> invoicing.bill(List.of(-1L), false));
        record(results, "Invoicing.issue", () -> invoicing.issue(-1, 0));
        record(results, "Invoicing.credit", () -> invoicing.credit(-1));
        record(results, "Receivables.record", () -> receivables.record(new PaymentReceipt(-1, today,
                PaymentMethod.BANK_TRANSFER, null, BigDecimal.ONE, List.of(new PaymentReceipt.Part(-1, BigDecimal.ONE)))));
        record(results, "Receivables.ageing", () -> receivables.ageing(today));
        record(results, "Returns.find", () -> returns.find(PageRequest.firstPage(5)));
        record(results, "Returns.request", () -> returns.request(-1, null,
                List.of(new ReturnQuantity(-1, BigDecimal.ONE, ReturnReason.DAMAGED))));
        record(results, "Returns.receive", () -> returns.receive(-1, 0));
        record(results, "DocumentFlow.of", () -> flow.of(DocumentKind.SALES_ORDER, -1));
    }

    /** Marketing's own work; every write names something that does not exist (-1), so nothing is written. */
    private void marketing(Map<String, String> results) {
        LocalDate today = LocalDate.now();
        PageRequest page = PageRequest.firstPage(5);
        SegmentTerms segment = new SegmentTerms("PROBE", "probe", null, null, -1L, null, null, null, false);
        record(results, "Segments.find", () -> segments.find(page));
        record(results, "Segments.targets", segments::targets);
        record(results, "Segments.all", segments::all);
        record(results, "Segments.segment", () -> segments.segment(-1));
        record(results, "Segments.create", () -> segments.create(segment));
        record(results, "Segments.update", () -> segments.update(-1, 0, segment));
        record(results, "Segments.members", () -> segments.members(-1, page));
        record(results, "Segments.memberCount", () -> segments.memberCount(-1));
        record(results, "Segments.territories", segments::territories);
        record(results, "Segments.positioning", () -> segments.positioning(-1));
        record(results, "Segments.position", () -> segments.position(-1, -1, 0, "probe"));
        record(results, "Segments.salesByDay", () -> segments.salesByDay(new Audience(Set.of(-1L), Set.of()), today, today, "CNY"));
        CampaignDetails campaign = new CampaignDetails("probe", CampaignKind.BRAND, today, today, null, Set.of(-1L), Set.of(),
                Map.of());
        record(results, "Campaigns.find", () -> campaigns.find(page));
        record(results, "Campaigns.campaign", () -> campaigns.campaign(-1));
        record(results, "Campaigns.create", () -> campaigns.create(campaign));
        record(results, "Campaigns.update", () -> campaigns.update(-1, 0, campaign));
        record(results, "Campaigns.start", () -> campaigns.start(-1, 0));
        record(results, "Campaigns.close", () -> campaigns.close(-1, 0));
        record(results, "Campaigns.cancel", () -> campaigns.cancel(-1, 0));
        record(results, "Campaigns.recordSpend", () -> campaigns.recordSpend(-1, BudgetCategory.MEDIA, BigDecimal.ONE, today,
                null, null));
        record(results, "Campaigns.ledger", () -> campaigns.ledger(-1));
        record(results, "Campaigns.performance", () -> campaigns.performance(-1));
        record(results, "ChannelPolicies.policies", channelPolicies::policies);
        record(results, "ChannelPolicies.set", () -> channelPolicies.set(Channel.HORECA, 0, -1L, null, 30));
        record(results, "ChannelPolicies.paymentTermsFor", () -> channelPolicies.paymentTermsFor(Channel.HORECA));
        LaunchPlanTerms plan = new LaunchPlanTerms("PROBE", "probe", -1L, today, null, Set.of(), Set.of());
        record(results, "LaunchPlans.find", () -> launchPlans.find(page));
        record(results, "LaunchPlans.plan", () -> launchPlans.plan(-1));
        record(results, "LaunchPlans.create", () -> launchPlans.create(plan));
        record(results, "LaunchPlans.update", () -> launchPlans.update(-1, 0, plan));
        record(results, "LaunchPlans.addMilestone", () -> launchPlans.addMilestone(-1, 0, "probe", today, -1));
        record(results, "LaunchPlans.markMilestone", () -> launchPlans.markMilestone(-1, 0, -1, true));
        record(results, "LaunchPlans.removeMilestone", () -> launchPlans.removeMilestone(-1, 0, -1));
        record(results, "LaunchPlans.approve", () -> launchPlans.approve(-1, 0));
        record(results, "LaunchPlans.launch", () -> launchPlans.launch(-1, 0));
        record(results, "LaunchPlans.cancel", () -> launchPlans.cancel(-1, 0));
        record(results, "LaunchPlans.overdueMilestones", launchPlans::overdueMilestones);
        record(results, "LaunchPlans.brands", launchPlans::brands);
        record(results, "LaunchPlans.productsOf", () -> launchPlans.productsOf(-1));
        record(results, "LaunchPlans.possibleOwners", launchPlans::possibleOwners);
        record(results, "CompetitorIntelligence.competitors", intelligence::competitors);
        record(results, "CompetitorIntelligence.products", intelligence::products);
        record(results, "CompetitorIntelligence.observationTerritories", intelligence::observationTerritories);
        record(results, "CompetitorIntelligence.saveCompetitor", () -> intelligence.saveCompetitor(-1L, 0, "probe", null));
        record(results, "CompetitorIntelligence.saveProduct", () -> intelligence.saveProduct(-1L, 0, -1, "probe", null));
        record(results, "CompetitorIntelligence.observe", () -> intelligence.observe(new ObservationEntry(-1L, today, -1L,
                null, null, BigDecimal.ONE, null)));
        record(results, "CompetitorIntelligence.findObservations", () -> intelligence.findObservations(page));
        record(results, "CompetitorIntelligence.trend", () -> intelligence.trend(page));
    }

    /** Survey calls past the role check are refused as invalid (a blank title) or as naming no survey (id -1). */
    private void surveys(Map<String, String> results) {
        LocalDate due = LocalDate.now().plusDays(7);
        record(results, "SurveyDesign.find", () -> surveyDesign.find(PageRequest.firstPage(5)));
        record(results, "SurveyDesign.survey", () -> surveyDesign.survey(-1));
        record(results, "SurveyDesign.create", () -> surveyDesign.create("", null, List.of()));
        record(results, "SurveyDesign.revise", () -> surveyDesign.revise(-1, 0, "probe", null, List.of()));
        record(results, "SurveyDesign.versions", () -> surveyDesign.versions(-1));
        record(results, "SurveyDesign.assignToTerritory", () -> surveyDesign.assignToTerritory(-1, -1, due));
        record(results, "SurveyDesign.assignToRep", () -> surveyDesign.assignToRep(-1, "nobody", due));
        record(results, "SurveyDesign.assignments", () -> surveyDesign.assignments(-1));
        record(results, "SurveyDesign.territories", surveyDesign::territories);
        record(results, "SurveyDesign.reps", surveyDesign::reps);
        record(results, "SurveyFieldwork.owed", surveyFieldwork::owed);
        record(results, "SurveyFieldwork.form", () -> surveyFieldwork.form(-1, "nobody"));
        record(results, "SurveyFieldwork.saveDraft", () -> surveyFieldwork.saveDraft(-1, "nobody", null, null, List.of()));
        record(results, "SurveyFieldwork.submit", () -> surveyFieldwork.submit(-1, "nobody", null, null, List.of()));
        record(results, "SurveyResults.rates", () -> surveyResults.rates(-1, null));
        record(results, "SurveyResults.results", () -> surveyResults.results(ResultsFilter.all(-1)));
        record(results, "SurveyResults.respondents", () -> surveyResults.respondents(ResultsFilter.all(-1)));
        record(results, "SurveyResults.answers", () -> surveyResults.answers(new PageRequest(0, 5, null, true,
                Map.of("version", -1L))));
        record(results, "SurveyFindings.record", () -> surveyFindings.record(-1, "probe", ActionKind.CAMPAIGN, "probe",
                "probe", due));
        record(results, "SurveyFindings.findings", () -> surveyFindings.findings(-1));
        record(results, "SurveyFindings.openMeetingItems", surveyFindings::openMeetingItems);
        record(results, "SurveyFindings.markDone", () -> surveyFindings.markDone(-1, 0));
    }

    private void promotions(Map<String, String> results) {
        LocalDate today = LocalDate.now();
        record(results, "PromotionRequests.find", () -> promotions.find(PageRequest.firstPage(5)));
        record(results, "PromotionRequests.awaitingMe", () -> promotions.awaitingMe(PageRequest.firstPage(5)));
        record(results, "PromotionRequests.openCampaigns", promotions::openCampaigns);
        record(results, "PromotionRequests.file", () -> promotions.file(new org.tandem.promotion.boundary.PromotionTerms(
                org.tandem.promotion.entity.PromotionKind.DISCOUNT, -1L, java.util.Set.of(-1L), java.util.Set.of(), null,
                today, today, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, "probe")));
        record(results, "PromotionRequests.approve", () -> promotions.approve(-1, 0, null));
        record(results, "PromotionRequests.giveOpinion", () -> promotions.giveOpinion(-1, 0, true, null));
        record(results, "PromotionRequests.contest", () -> promotions.contest(-1, 0, null));
        record(results, "PromotionRequests.cancel", () -> promotions.cancel(-1, 0, null));
        record(results, "OrganisationSettings.current", organisation::current);
        record(results, "OrganisationSettings.change", () -> organisation.change(-1,
                org.tandem.promotion.entity.OrganisationStage.SIMPLE_SALES, BigDecimal.ONE, BigDecimal.TEN, 48));
        record(results, "PromotionResults.forRequest", () -> promotionResults.forRequest(-1));
        record(results, "PromotionResults.forCampaign", () -> promotionResults.forCampaign(-1));
        record(results, "PromotionPrices.endFrom", () -> promotionPrices.endFrom("promotion:none", today));
    }

    private static void record(Map<String, String> results, String name, Supplier<?> call) {
        try {
            call.get();
            results.put(name, "allowed");
        } catch (EJBAccessException e) {
            results.put(name, "refused");
        } catch (RuntimeException e) {
            // past the security check, failed on something else (a run-as principal is no user, say)
            results.put(name, "allowed");
        }
    }
}
