package org.tandem.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The field loop through the session beans on Payara Server and PostgreSQL, each step as the demo user whose job it
 * is: marketing designs and assigns, the rep saves a draft and submits, the sales manager enters a paper form for
 * the rep, marketing reads the figures and raises a meeting item, and the general manager closes it.
 */
class SurveyLoopIT {

    @Test
    void designAssignFillAggregateAndAct() {
        ProbeSteps marketing = ProbeSteps.as(DemoUsers.MARKETING);
        ProbeSteps rep = ProbeSteps.as(DemoUsers.REP);
        ProbeSteps manager = ProbeSteps.as(DemoUsers.SALES_MANAGER);
        ProbeSteps gm = ProbeSteps.as(DemoUsers.GENERAL_MANAGER);

        JsonObject survey = marketing.done("survey/create", ProbeSteps.body().add("title", "IT 终端价格抽查")
                .add("questions", Json.createArrayBuilder()
                        .add(question("OBSERVED_PRICE", "售价", true))
                        .add(question("RATING", "合作意愿", true))
                        .add(question("YES_NO", "有竞品促销吗", false))));
        long surveyId = survey.getJsonNumber("id").longValue();
        long versionId = survey.getJsonNumber("versionId").longValue();
        JsonArray questions = survey.getJsonArray("questionIds");
        long price = questions.getJsonNumber(0).longValue();
        long rating = questions.getJsonNumber(1).longValue();
        long yesNo = questions.getJsonNumber(2).longValue();
        // design is marketing's: a rep cannot, and marketing cannot fill
        rep.refused("survey/create", ProbeSteps.body().add("title", "x").add("questions", Json.createArrayBuilder()));

        long first = marketing.done("survey/assignToRep", ProbeSteps.body().add("surveyId", surveyId).add("rep", "rep"))
                .getJsonNumber("id").longValue();
        long second = marketing.done("survey/assignToRep", ProbeSteps.body().add("surveyId", surveyId).add("rep", "rep")
                .add("days", 3)).getJsonNumber("id").longValue();
        List<Long> owed = rep.doneList("survey/owed", ProbeSteps.body()).getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("assignmentId").longValue()).toList();
        assertTrue(owed.containsAll(List.of(first, second)), owed::toString);
        marketing.refused("survey/submit", fill(first, price, "305", rating, 4));

        // a draft with the price only; submitting without the rating is refused and names question 2
        JsonObject draft = rep.done("survey/saveDraft", ProbeSteps.body().add("assignmentId", first).add("rep", "rep")
                .add("answers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("questionId", price)
                        .add("price", 305).add("currency", "CNY"))));
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("tandem.survey.requiredMissing", rep.violation("survey/submit", ProbeSteps.body()
                .add("assignmentId", first).add("rep", "rep").add("version", draft.getJsonNumber("version").longValue())
                .add("answers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("questionId", price)
                        .add("price", 305).add("currency", "CNY")))));
        JsonObject submitted = rep.done("survey/submit", fill(first, price, "305", rating, 4)
                .add("version", draft.getJsonNumber("version").longValue())
                .add("answers", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("questionId", price).add("price", 305).add("currency", "CNY"))
                        .add(Json.createObjectBuilder().add("questionId", rating).add("number", 4))
                        .add(Json.createObjectBuilder().add("questionId", yesNo).add("yes", true))));
        assertEquals("SUBMITTED", submitted.getString("status"));
        assertEquals(3, submitted.getInt("answers"));

        // the paper form of the second assignment, typed in by the sales office
        JsonObject paper = manager.done("survey/submit", fill(second, price, "281.5", rating, 3));
        assertEquals("rep", paper.getString("rep"));
        assertEquals("salesmanager", paper.getString("enteredBy"));
        assertEquals("salesmanager", TandemDatabase.text("select entered_by from survey_response where id = ?",
                paper.getJsonNumber("id").longValue()));

        JsonObject results = marketing.done("survey/results", ProbeSteps.body().add("versionId", versionId));
        assertEquals(2, results.getInt("respondents"));
        JsonObject prices = results.getJsonArray("questions").getJsonObject(0).getJsonObject("prices");
        assertEquals("2 281.50 293.25 293.25 305.00", figures(prices));
        JsonObject ratings = results.getJsonArray("questions").getJsonObject(1);
        assertEquals("2 3.00 3.50 3.50 4.00", figures(ratings.getJsonObject("numbers")));
        assertEquals(List.of("1:0", "2:0", "3:1", "4:1", "5:0"), ratings.getJsonArray("options")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(List.of("yes:1", "no:0"), results.getJsonArray("questions").getJsonObject(2).getJsonArray("options")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        JsonObject rates = marketing.done("survey/rates", ProbeSteps.body().add("surveyId", surveyId));
        assertEquals(2, rates.getInt("expected"));
        assertEquals(2, rates.getInt("submitted"));
        rep.refused("survey/results", ProbeSteps.body().add("versionId", versionId));

        // a finding for the general manager's meeting, closed there
        JsonObject item = marketing.done("survey/recordFinding", ProbeSteps.body().add("surveyId", surveyId)
                .add("finding", "价格偏低").add("kind", "MEETING_ITEM").add("action", "IT 价格管控").add("owner", "gm"));
        long itemId = item.getJsonNumber("id").longValue();
        assertTrue(gm.doneList("survey/meetingItems", ProbeSteps.body()).getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getJsonNumber("id").longValue() == itemId));
        assertEquals("tandem.survey.meetingCloses", marketing.violation("survey/markDone", ProbeSteps.body()
                .add("id", itemId).add("version", item.getJsonNumber("version").longValue())));
        assertEquals("DONE", gm.done("survey/markDone", ProbeSteps.body().add("id", itemId)
                .add("version", item.getJsonNumber("version").longValue())).getString("status"));
        assertTrue(gm.doneList("survey/meetingItems", ProbeSteps.body()).getValuesAs(JsonObject.class).stream()
                .noneMatch(i -> i.getJsonNumber("id").longValue() == itemId));
    }

    private static JsonObjectBuilder question(String kind, String text, boolean required) {
        return Json.createObjectBuilder().add("kind", kind).add("text", text).add("required", required);
    }

    private static JsonObjectBuilder fill(long assignment, long price, String amount, long rating, int stars) {
        return ProbeSteps.body().add("assignmentId", assignment).add("rep", "rep")
                .add("answers", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("questionId", price)
                                .add("price", new java.math.BigDecimal(amount)).add("currency", "CNY"))
                        .add(Json.createObjectBuilder().add("questionId", rating).add("number", stars)));
    }

    private static String figures(JsonObject summary) {
        return summary.getInt("count") + " " + summary.getJsonNumber("min").bigDecimalValue() + " "
                + summary.getJsonNumber("mean").bigDecimalValue() + " " + summary.getJsonNumber("median").bigDecimalValue()
                + " " + summary.getJsonNumber("max").bigDecimalValue();
    }
}
