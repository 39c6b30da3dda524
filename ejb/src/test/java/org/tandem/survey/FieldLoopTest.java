package org.tandem.survey;

import jakarta.ejb.SessionContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.UserAccount;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.entity.Money;
import org.tandem.survey.boundary.NumberSummary;
import org.tandem.survey.boundary.OptionCount;
import org.tandem.survey.boundary.OwedSurvey;
import org.tandem.survey.boundary.PriceDistribution;
import org.tandem.survey.boundary.QuestionResult;
import org.tandem.survey.boundary.ResponseForm;
import org.tandem.survey.boundary.ResponseRate;
import org.tandem.survey.boundary.ResponseRates;
import org.tandem.survey.boundary.ResultsFilter;
import org.tandem.survey.boundary.SurveyDesign;
import org.tandem.survey.boundary.SurveyFieldwork;
import org.tandem.survey.boundary.SurveyFindings;
import org.tandem.survey.boundary.SurveyResults;
import org.tandem.survey.boundary.VersionRow;
import org.tandem.survey.entity.ActionKind;
import org.tandem.survey.entity.AnswerValue;
import org.tandem.survey.entity.FindingStatus;
import org.tandem.survey.entity.QuestionDraft;
import org.tandem.survey.entity.QuestionKind;
import org.tandem.survey.entity.ResponseStatus;
import org.tandem.survey.entity.Survey;
import org.tandem.survey.entity.SurveyAnswer;
import org.tandem.survey.entity.SurveyFinding;
import org.tandem.survey.entity.SurveyQuestion;
import org.tandem.survey.entity.SurveyResponse;
import org.tandem.testing.Beans;
import org.tandem.testing.Callers;
import org.tandem.testing.MigratedDatabase;
import org.tandem.testing.ShanghaiTeam;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The field loop through the session beans on H2 migrated by the real migrations: marketing designs an outlet survey
 * and assigns it to a territory of three reps and to one rep elsewhere; the three fill it (a draft first, then
 * submitted), and the aggregates are checked to the cent: counts and shares of choices, mean and median of numbers
 * and ratings, and the price buckets.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FieldLoopTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final SessionContext MARKETING = Callers.as("mei", Role.Names.MARKETING);
    private static final SessionContext GM = Callers.as("gm", Role.Names.GENERAL_MANAGER);
    private static final SessionContext WEI = Callers.as("wei", Role.Names.SALES_REP);
    private static final SessionContext REP02 = Callers.as("rep02", Role.Names.SALES_REP);
    private static final SessionContext REP03 = Callers.as("rep03", Role.Names.SALES_REP);
    private static final SessionContext FANG = Callers.as("fang", Role.Names.SALES_REP);
    private static final SessionContext LINA = Callers.as("lina", Role.Names.SALES_MANAGER);

    private static MigratedDatabase db;
    private static Clock clock = clockAt(LocalDate.of(2026, 4, 1));
    private static long pudongId;
    private static long customerId;

    private static long surveyId;
    private static long pudongAssignment;
    private static long fangAssignment;
    private static long versionId;
    private static List<Long> questionIds;

    @BeforeAll
    static void organisation() {
        db = MigratedDatabase.create("fieldloop");
        db.inTransaction(em -> {
            UserAccount rep02 = ShanghaiTeam.user("rep02", Role.SALES_REP);
            UserAccount rep03 = ShanghaiTeam.user("rep03", Role.SALES_REP);
            List.of(rep02, rep03, ShanghaiTeam.user("mei", Role.MARKETING)).forEach(em::persist);
            ShanghaiTeam team = ShanghaiTeam.persist(em, rep02, rep03);
            Territory pudong = team.pudong();
            UserAccount wei = team.wei();
            Customer outlet = new Customer("PD1", "浦东鑫盛烟酒店", CustomerKind.RETAIL_OUTLET, pudong, wei, null,
                    Money.of("5000", "CNY"));
            em.persist(outlet);
            em.flush();
            pudongId = pudong.getId();
            customerId = outlet.getId();
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    @Order(1)
    void marketingDesignsTheFormAndAssignsItToATerritoryAndARep() {
        Survey survey = as(MARKETING, new SurveyDesign(), d -> d.create("白酒终端价格与陈列调查", "Shelf price and display",
                questions()));
        surveyId = survey.getId();
        assertEquals(1, survey.getCurrentVersion().getNumber());
        assertEquals(7, survey.getCurrentVersion().getQuestions().size());
        // no answers yet: edited in place, still version 1
        Survey edited = as(MARKETING, new SurveyDesign(), d -> d.revise(surveyId, survey.getVersion(), survey.getTitle(),
                "终端价格、陈列与竞品", questions()));
        assertEquals(1, edited.getVersions().size());
        assertNotEquals(survey.getVersion(), edited.getVersion());
        versionId = edited.getCurrentVersion().getId();
        questionIds = edited.getCurrentVersion().getQuestions().stream().map(SurveyQuestion::getId).toList();

        pudongAssignment = as(MARKETING, new SurveyDesign(),
                d -> d.assignToTerritory(surveyId, pudongId, LocalDate.of(2026, 4, 10))).getId();
        fangAssignment = as(MARKETING, new SurveyDesign(),
                d -> d.assignToRep(surveyId, "fang", LocalDate.of(2026, 4, 3))).getId();
        RuleViolation past = assertThrows(RuleViolation.class, () -> as(MARKETING, new SurveyDesign(),
                d -> d.assignToRep(surveyId, "fang", LocalDate.of(2026, 3, 31))));
        assertEquals("tandem.survey.dueInPast", past.getKey());
        RuleViolation notARep = assertThrows(RuleViolation.class, () -> as(MARKETING, new SurveyDesign(),
                d -> d.assignToRep(surveyId, "lina", LocalDate.of(2026, 4, 30))));
        assertEquals("tandem.survey.repNotFound", notARep.getKey());
        assertEquals(List.of(3, 1), as(MARKETING, new SurveyDesign(), d -> d.assignments(surveyId)).stream()
                .map(a -> a.getExpectedReps().size()).sorted(java.util.Comparator.reverseOrder()).toList());
    }

    @Test
    @Order(2)
    void aChoiceQuestionNeedsTwoOptions() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> as(MARKETING, new SurveyDesign(),
                d -> d.create("x", null, List.of(new QuestionDraft(QuestionKind.SINGLE_CHOICE, "Only one?", true,
                        List.of("one"))))));
        assertEquals("tandem.survey.tooFewOptions", refused.getKey());
    }

    @Test
    @Order(3)
    void eachRepSeesWhatTheyOweAndTheManagerSeesTheArea() {
        List<OwedSurvey> wei = as(WEI, new SurveyFieldwork(), SurveyFieldwork::owed);
        assertEquals(1, wei.size());
        assertEquals(pudongAssignment, wei.get(0).assignmentId());
        assertNull(wei.get(0).status());
        List<OwedSurvey> fang = as(FANG, new SurveyFieldwork(), SurveyFieldwork::owed);
        assertEquals(List.of(fangAssignment), fang.stream().map(OwedSurvey::assignmentId).toList());
        // the manager owes nothing but may enter for all four reps of the area; fang's is due first
        List<OwedSurvey> lina = as(LINA, new SurveyFieldwork(), SurveyFieldwork::owed);
        assertEquals(List.of("fang", "rep02", "rep03", "wei"), lina.stream().map(OwedSurvey::rep).toList());
        // overdue from the day after the due date
        clock = clockAt(LocalDate.of(2026, 4, 4));
        assertTrue(as(FANG, new SurveyFieldwork(), SurveyFieldwork::owed).get(0).overdue());
        clock = clockAt(LocalDate.of(2026, 4, 1));
        assertTrue(as(FANG, new SurveyFieldwork(), SurveyFieldwork::owed).stream().noneMatch(OwedSurvey::overdue));
    }

    @Test
    @Order(4)
    void aRepCannotFillAnotherRepsAssignment() {
        RuleViolation others = assertThrows(RuleViolation.class, () -> as(WEI, new SurveyFieldwork(),
                f -> f.saveDraft(fangAssignment, "fang", null, null, List.of())));
        assertEquals("tandem.survey.assignmentNotFound", others.getKey());
        RuleViolation colleague = assertThrows(RuleViolation.class, () -> as(WEI, new SurveyFieldwork(),
                f -> f.form(pudongAssignment, "rep02")));
        assertEquals("tandem.survey.assignmentNotFound", colleague.getKey());
        RuleViolation notHis = assertThrows(RuleViolation.class, () -> as(WEI, new SurveyFieldwork(),
                f -> f.form(fangAssignment, "wei")));
        assertEquals("tandem.survey.assignmentNotFound", notHis.getKey());
    }

    @Test
    @Order(5)
    void aDraftMayBeIncompleteButSubmittingNeedsEveryRequiredAnswer() {
        // only the price so far
        SurveyResponse draft = as(WEI, new SurveyFieldwork(), f -> f.saveDraft(pudongAssignment, "wei", null, customerId,
                List.of(AnswerValue.price(q(1), "268", "CNY", "金星酱香 53° 500ml"))));
        assertEquals(ResponseStatus.DRAFT, draft.getStatus());
        assertEquals(List.of(2, 3, 4, 5), draft.getMissing().stream().map(SurveyQuestion::getPosition).toList());
        RuleViolation missing = assertThrows(RuleViolation.class, () -> as(WEI, new SurveyFieldwork(),
                f -> f.submit(pudongAssignment, "wei", draft.getVersion(), customerId,
                        List.of(AnswerValue.price(q(1), "268", "CNY", null), AnswerValue.number(q(2), "2")))));
        assertEquals("tandem.survey.requiredMissing", missing.getKey());
        assertEquals("3, 4, 5", missing.getArguments()[0]);
        // the refused submit wrote nothing: the draft still has its one answer
        ResponseForm form = as(WEI, new SurveyFieldwork(), f -> f.form(pudongAssignment, "wei"));
        assertEquals(1, form.response().getAnswers().size());
        assertEquals(customerId, form.response().getCustomer().getId());
        RuleViolation rating = assertThrows(RuleViolation.class, () -> as(WEI, new SurveyFieldwork(),
                f -> f.saveDraft(pudongAssignment, "wei", draft.getVersion(), null, List.of(AnswerValue.number(q(6), "6")))));
        assertEquals("tandem.survey.badRating", rating.getKey());
        RuleViolation stale = assertThrows(RuleViolation.class, () -> as(WEI, new SurveyFieldwork(),
                f -> f.saveDraft(pudongAssignment, "wei", draft.getVersion() + 1, null, List.of())));
        assertEquals("tandem.concurrentChange", stale.getKey());

        SurveyResponse submitted = as(WEI, new SurveyFieldwork(), f -> f.submit(pudongAssignment, "wei",
                draft.getVersion(), customerId, answers("268", "2", List.of(0), List.of(0, 1), true, "4", "缺货")));
        assertEquals(ResponseStatus.SUBMITTED, submitted.getStatus());
        assertEquals(LocalDate.of(2026, 4, 1), submitted.getSubmittedOn());
        assertEquals("wei", submitted.getEnteredBy());
        RuleViolation again = assertThrows(RuleViolation.class, () -> as(WEI, new SurveyFieldwork(),
                f -> f.saveDraft(pudongAssignment, "wei", submitted.getVersion(), null, List.of())));
        assertEquals("tandem.document.illegalMove", again.getKey());
        assertTrue(as(WEI, new SurveyFieldwork(), SurveyFieldwork::owed).isEmpty());
    }

    @Test
    @Order(6)
    void twoMoreRepsSubmitOneOfThemOnPaperEnteredByTheManager() {
        as(REP02, new SurveyFieldwork(), f -> f.submit(pudongAssignment, "rep02", null, null,
                answers("275", "6", List.of(1), List.of(1), true, "5", null)));
        clock = clockAt(LocalDate.of(2026, 4, 2));
        SurveyResponse paper = as(LINA, new SurveyFieldwork(), f -> f.submit(pudongAssignment, "rep03", null, customerId,
                answers("299", "10", List.of(0), List.of(0, 1, 2), false, "3", "陈列位被竞品占用")));
        clock = clockAt(LocalDate.of(2026, 4, 1));
        assertEquals("lina", paper.getEnteredBy());
        assertEquals("rep03", paper.getRep().getUsername());
        assertTrue(paper.isEnteredOnBehalf());
        assertEquals(List.of("fang"), as(LINA, new SurveyFieldwork(), SurveyFieldwork::owed).stream()
                .map(OwedSurvey::rep).toList());
    }

    @Test
    @Order(7)
    void theAnswersAreAggregatedExactly() {
        List<QuestionResult> results = as(MARKETING, new SurveyResults(), r -> r.results(ResultsFilter.all(versionId)));
        assertEquals(7, results.size());
        assertEquals(3L, (long) as(MARKETING, new SurveyResults(), r -> r.respondents(ResultsFilter.all(versionId))));

        // prices 268, 275, 299: buckets of 10 from 260
        PriceDistribution prices = results.get(0).prices().get(0);
        assertEquals("CNY", prices.currency());
        assertSummary(prices.summary(), 3, "268.00", "280.67", "275.00", "299.00");
        assertEquals(List.of("260.00-270.00:1", "270.00-280.00:1", "280.00-290.00:0", "290.00-300.00:1"),
                prices.buckets().stream().map(b -> b.from() + "-" + b.to() + ":" + b.count()).toList());

        // facings 2, 6, 10
        assertSummary(results.get(1).numbers(), 3, "2.00", "6.00", "6.00", "10.00");
        // single choice: 2 × 'on the shelf', 1 × 'behind the counter', 0 × 'not stocked'
        assertEquals(List.of("上架:2:66.7", "柜台后:1:33.3", "无货:0:0.0"), counts(results.get(2)));
        // multiple choice: shares of the three who answered
        assertEquals(List.of("海报:2:66.7", "堆头:3:100.0", "冰柜:1:33.3"), counts(results.get(3)));
        assertEquals(List.of("yes:2:66.7", "no:1:33.3"), counts(results.get(4)));
        // ratings 4, 5, 3
        assertSummary(results.get(5).numbers(), 3, "3.00", "4.00", "4.00", "5.00");
        assertEquals(List.of("1:0:0.0", "2:0:0.0", "3:1:33.3", "4:1:33.3", "5:1:33.3"), counts(results.get(5)));
        // free text: two answered, the third left it empty
        assertEquals(2, results.get(6).answered());
        assertEquals(List.of("缺货", "陈列位被竞品占用"), results.get(6).texts().stream().map(t -> t.text()).toList());

        // the period filter: only rep03's answer was submitted on the 2nd
        ResultsFilter second = new ResultsFilter(versionId, null, LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 2));
        List<QuestionResult> onTheSecond = as(MARKETING, new SurveyResults(), r -> r.results(second));
        assertSummary(onTheSecond.get(0).prices().get(0).summary(), 1, "299.00", "299.00", "299.00", "299.00");
        ResultsFilter elsewhere = new ResultsFilter(versionId, pudongId + 1_000, null, null);
        assertEquals(0L, (long) as(MARKETING, new SurveyResults(), r -> r.respondents(elsewhere)));

        // the raw answers for export: 3 × 6 answered + 2 free texts = 20
        Page<SurveyAnswer> raw = as(GM, new SurveyResults(), r -> r.answers(new PageRequest(0, 50, null, true,
                Map.of("version", versionId, "territory", String.valueOf(pudongId)))));
        assertEquals(20, raw.total());
    }

    @Test
    @Order(8)
    void responseRatesByTerritoryAndRep() {
        as(FANG, new SurveyFieldwork(), f -> f.saveDraft(fangAssignment, "fang", null, null, List.of()));
        ResponseRates rates = as(MARKETING, new SurveyResults(), r -> r.rates(surveyId, null));
        assertEquals("4/3/1 75.0", rate(rates.total()));
        assertEquals(List.of("EAST-SH-MH 1/0/1 0.0", "EAST-SH-PD 3/3/0 100.0"),
                rates.byTerritory().stream().map(r -> r.code() + " " + rate(r)).toList());
        assertEquals(List.of("fang 1/0/1 0.0", "rep02 1/1/0 100.0", "rep03 1/1/0 100.0", "wei 1/1/0 100.0"),
                rates.byRep().stream().map(r -> r.code() + " " + rate(r)).toList());
        ResponseRates pudong = as(MARKETING, new SurveyResults(), r -> r.rates(surveyId, pudongId));
        assertEquals("3/3/0 100.0", rate(pudong.total()));
    }

    @Test
    @Order(9)
    void editingAnAnsweredFormMakesANewVersionAndTheAnswersStayWithTheirs() {
        Survey survey = as(MARKETING, new SurveyDesign(), d -> d.survey(surveyId));
        List<QuestionDraft> changed = new java.util.ArrayList<>(questions());
        changed.add(new QuestionDraft(QuestionKind.YES_NO, "有促销员吗？", false, null));
        Survey revised = as(MARKETING, new SurveyDesign(), d -> d.revise(surveyId, survey.getVersion(), survey.getTitle(),
                survey.getPurpose(), changed));
        assertEquals(2, revised.getCurrentVersion().getNumber());
        assertEquals(8, revised.getCurrentVersion().getQuestions().size());
        List<VersionRow> versions = as(MARKETING, new SurveyDesign(), d -> d.versions(surveyId));
        // version 1 keeps its 7 questions and all 4 responses (fang's draft among them)
        assertEquals(List.of("1:7:4", "2:8:0"), versions.stream()
                .map(v -> v.number() + ":" + v.questions() + ":" + v.responses()).toList());
        // fang's draft stays on the version it started on; a new response starts on version 2
        ResponseForm fang = as(FANG, new SurveyFieldwork(), f -> f.form(fangAssignment, "fang"));
        assertEquals(1, fang.surveyVersion().getNumber());
        long newAssignment = as(MARKETING, new SurveyDesign(),
                d -> d.assignToRep(surveyId, "wei", LocalDate.of(2026, 4, 20))).getId();
        assertEquals(2, as(WEI, new SurveyFieldwork(), f -> f.form(newAssignment, "wei")).surveyVersion().getNumber());
        // the old results are unchanged
        assertEquals(3L, (long) as(MARKETING, new SurveyResults(), r -> r.respondents(ResultsFilter.all(versionId))));
        RuleViolation stale = assertThrows(RuleViolation.class, () -> as(MARKETING, new SurveyDesign(),
                d -> d.revise(surveyId, survey.getVersion(), "x", null, changed)));
        assertEquals("tandem.concurrentChange", stale.getKey());
    }

    @Test
    @Order(10)
    void aFindingBecomesAMeetingItemThatOnlyTheGeneralManagerCloses() {
        SurveyFinding item = as(MARKETING, new SurveyFindings(), f -> f.record(surveyId,
                "浦东终端价低于指导价 5%", ActionKind.MEETING_ITEM, "讨论浦东价格管控", "gm", LocalDate.of(2026, 4, 15)));
        as(MARKETING, new SurveyFindings(), f -> f.record(surveyId, "堆头覆盖率高", ActionKind.CAMPAIGN,
                "夏季堆头活动", "mei", LocalDate.of(2026, 5, 1)));
        assertEquals(2, as(GM, new SurveyFindings(), f -> f.findings(surveyId)).size());
        assertEquals(List.of(item.getId()), as(GM, new SurveyFindings(), SurveyFindings::openMeetingItems).stream()
                .map(SurveyFinding::getId).toList());
        RuleViolation notMarketing = assertThrows(RuleViolation.class, () -> as(MARKETING, new SurveyFindings(),
                f -> f.markDone(item.getId(), item.getVersion())));
        assertEquals("tandem.survey.meetingCloses", notMarketing.getKey());
        SurveyFinding done = as(GM, new SurveyFindings(), f -> f.markDone(item.getId(), item.getVersion()));
        assertEquals(FindingStatus.DONE, done.getStatus());
        assertEquals("gm", done.getDoneBy());
        assertTrue(as(GM, new SurveyFindings(), SurveyFindings::openMeetingItems).isEmpty());
    }

    private static List<QuestionDraft> questions() {
        return List.of(
                new QuestionDraft(QuestionKind.OBSERVED_PRICE, "金星酱香 500ml 终端售价", true, null),
                new QuestionDraft(QuestionKind.NUMBER, "陈列面数", true, null),
                new QuestionDraft(QuestionKind.SINGLE_CHOICE, "陈列位置", true, List.of("上架", "柜台后", "无货")),
                new QuestionDraft(QuestionKind.MULTIPLE_CHOICE, "可见物料", true, List.of("海报", "堆头", "冰柜")),
                new QuestionDraft(QuestionKind.YES_NO, "有竞品促销吗？", true, null),
                new QuestionDraft(QuestionKind.RATING, "店主合作意愿", false, null),
                new QuestionDraft(QuestionKind.FREE_TEXT, "其他发现", false, null));
    }

    private static List<AnswerValue> answers(String price, String facings, List<Integer> place, List<Integer> materials,
                                             boolean competitorPromotion, String rating, String note) {
        return List.of(AnswerValue.price(q(1), price, "CNY", "金星酱香 53° 500ml"), AnswerValue.number(q(2), facings),
                new AnswerValue(q(3), place, null, null, null, null, null, null),
                new AnswerValue(q(4), materials, null, null, null, null, null, null),
                AnswerValue.yesNo(q(5), competitorPromotion), AnswerValue.number(q(6), rating), AnswerValue.text(q(7), note));
    }

    private static long q(int position) {
        return questionIds.get(position - 1);
    }

    private static void assertSummary(NumberSummary summary, long count, String min, String mean, String median, String max) {
        assertEquals(count + " " + min + " " + mean + " " + median + " " + max, summary.count() + " " + summary.min() + " "
                + summary.mean() + " " + summary.median() + " " + summary.max());
    }

    private static List<String> counts(QuestionResult result) {
        return result.options().stream().map((OptionCount o) -> o.label() + ":" + o.count() + ":" + o.percent()).toList();
    }

    private static String rate(ResponseRate rate) {
        return rate.expected() + "/" + rate.submitted() + "/" + rate.drafts() + " " + rate.getPercent();
    }

    private static Clock clockAt(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    }

    private static <B, T> T as(SessionContext caller, B bean, Function<B, T> call) {
        // the results read for marketing and the general manager alike, so they need no caller
        return db.fromTransaction(em -> call.apply(bean instanceof SurveyResults ? Beans.with(bean, "em", em)
                : Beans.wire(bean, em, caller, clock)));
    }
}
