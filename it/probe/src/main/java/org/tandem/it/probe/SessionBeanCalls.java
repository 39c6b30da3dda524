package org.tandem.it.probe;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import org.tandem.catalog.boundary.Catalog;
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
    SurveyDesign surveyDesign;
    @EJB
    SurveyFieldwork surveyFieldwork;
    @EJB
    SurveyResults surveyResults;
    @EJB
    SurveyFindings surveyFindings;
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
