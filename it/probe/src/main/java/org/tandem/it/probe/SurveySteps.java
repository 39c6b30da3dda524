package org.tandem.it.probe;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import org.tandem.organization.entity.Role;
import org.tandem.survey.boundary.NumberSummary;
import org.tandem.survey.boundary.OwedSurvey;
import org.tandem.survey.boundary.QuestionResult;
import org.tandem.survey.boundary.ResponseRate;
import org.tandem.survey.boundary.ResultsFilter;
import org.tandem.survey.boundary.SurveyDesign;
import org.tandem.survey.boundary.SurveyFieldwork;
import org.tandem.survey.boundary.SurveyFindings;
import org.tandem.survey.boundary.SurveyResults;
import org.tandem.survey.entity.ActionKind;
import org.tandem.survey.entity.AnswerValue;
import org.tandem.survey.entity.QuestionDraft;
import org.tandem.survey.entity.QuestionKind;
import org.tandem.survey.entity.Survey;
import org.tandem.survey.entity.SurveyFinding;
import org.tandem.survey.entity.SurveyQuestion;
import org.tandem.survey.entity.SurveyResponse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * POST /it-probe/steps/survey/{step}: the field loop's steps, one session bean call each, as the user who logged
 * in, answered like the order-to-cash steps. Answers are given as {"questionId": …, "choices": [..], "number": …,
 * "yes": …, "text": …, "price": …, "currency": …}. Test EAR only.
 */
@WebServlet("/steps/survey/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.Names.SALES_REP, Role.Names.SALES_MANAGER, Role.Names.MARKETING,
        Role.Names.MARKETING_MANAGER, Role.Names.FINANCE, Role.Names.GENERAL_MANAGER, Role.Names.ADMIN,
        Role.Names.INTEGRATION}))
public class SurveySteps extends OrderToCashSteps {

    @EJB SurveyDesign design;
    @EJB SurveyFieldwork fieldwork;
    @EJB SurveyResults results;
    @EJB SurveyFindings findings;

    @Override
    protected JsonValue run(String step, JsonObject b) {
        return switch (step) {
            case "create" -> {
                List<QuestionDraft> questions = new ArrayList<>();
                for (JsonObject q : b.getJsonArray("questions").getValuesAs(JsonObject.class)) {
                    List<String> options = q.containsKey("options")
                            ? q.getJsonArray("options").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                            : null;
                    questions.add(new QuestionDraft(QuestionKind.valueOf(q.getString("kind")), q.getString("text"),
                            q.getBoolean("required"), options));
                }
                yield survey(design.create(b.getString("title"), null, questions));
            }
            case "assignToRep" -> Json.createObjectBuilder().add("id", design.assignToRep(id(b, "surveyId"),
                    b.getString("rep"), LocalDate.now().plusDays(b.getInt("days", 7))).getId()).build();
            case "owed" -> {
                JsonArrayBuilder owed = Json.createArrayBuilder();
                for (OwedSurvey o : fieldwork.owed()) {
                    owed.add(Json.createObjectBuilder().add("assignmentId", o.assignmentId()).add("rep", o.rep())
                            .add("title", o.title()).add("overdue", o.overdue())
                            .add("status", o.status() == null ? "" : o.status().name()));
                }
                yield owed.build();
            }
            case "saveDraft", "submit" -> {
                long assignment = id(b, "assignmentId");
                String rep = b.getString("rep");
                Long version = b.containsKey("version") ? Long.valueOf(id(b, "version")) : null;
                Long customer = b.containsKey("customerId") ? Long.valueOf(id(b, "customerId")) : null;
                List<AnswerValue> answers = answers(b);
                yield response(step.equals("submit") ? fieldwork.submit(assignment, rep, version, customer, answers)
                        : fieldwork.saveDraft(assignment, rep, version, customer, answers));
            }
            case "results" -> {
                long version = id(b, "versionId");
                JsonArrayBuilder questions = Json.createArrayBuilder();
                for (QuestionResult r : results.results(ResultsFilter.all(version))) {
                    JsonObjectBuilder q = Json.createObjectBuilder().add("answered", r.answered());
                    if (r.numbers() != null) {
                        q.add("numbers", summary(r.numbers()));
                    }
                    if (!r.prices().isEmpty()) {
                        q.add("prices", summary(r.prices().get(0).summary()));
                    }
                    JsonArrayBuilder options = Json.createArrayBuilder();
                    r.options().forEach(o -> options.add(o.label() + ":" + o.count()));
                    questions.add(q.add("options", options));
                }
                yield Json.createObjectBuilder().add("respondents", results.respondents(ResultsFilter.all(version)))
                        .add("questions", questions).build();
            }
            case "rates" -> {
                ResponseRate total = results.rates(id(b, "surveyId"), null).total();
                yield Json.createObjectBuilder().add("expected", total.expected()).add("submitted", total.submitted())
                        .add("drafts", total.drafts()).build();
            }
            case "recordFinding" -> finding(findings.record(id(b, "surveyId"), b.getString("finding"),
                    ActionKind.valueOf(b.getString("kind")), b.getString("action"), b.getString("owner"),
                    LocalDate.now().plusDays(7)));
            case "meetingItems" -> {
                JsonArrayBuilder items = Json.createArrayBuilder();
                findings.openMeetingItems().forEach(f -> items.add(finding(f)));
                yield items.build();
            }
            case "markDone" -> finding(findings.markDone(id(b, "id"), id(b, "version")));
            default -> throw new IllegalArgumentException("no survey step " + step);
        };
    }

    private static List<AnswerValue> answers(JsonObject b) {
        List<AnswerValue> answers = new ArrayList<>();
        for (JsonObject a : b.getJsonArray("answers").getValuesAs(JsonObject.class)) {
            List<Integer> choices = a.containsKey("choices")
                    ? a.getJsonArray("choices").getValuesAs(JsonNumber.class).stream().map(JsonNumber::intValue).toList()
                    : null;
            answers.add(new AnswerValue(id(a, "questionId"), choices, decimal(a, "number"),
                    a.containsKey("yes") ? a.getBoolean("yes") : null, a.getString("text", null), decimal(a, "price"),
                    a.getString("currency", null), a.getString("observedItem", null)));
        }
        return answers;
    }

    private static BigDecimal decimal(JsonObject o, String name) {
        return o.containsKey(name) ? o.getJsonNumber(name).bigDecimalValue() : null;
    }

    private static JsonValue survey(Survey survey) {
        JsonArrayBuilder questions = Json.createArrayBuilder();
        survey.getCurrentVersion().getQuestions().stream().map(SurveyQuestion::getId).forEach(questions::add);
        return Json.createObjectBuilder().add("id", survey.getId()).add("version", survey.getVersion())
                .add("versionId", survey.getCurrentVersion().getId()).add("questionIds", questions).build();
    }

    private static JsonValue response(SurveyResponse response) {
        return Json.createObjectBuilder().add("id", response.getId()).add("version", response.getVersion())
                .add("status", response.getStatus().name()).add("rep", response.getRep().getUsername())
                .add("enteredBy", response.getEnteredBy()).add("answers", response.getAnswers().size()).build();
    }

    private static JsonObjectBuilder summary(NumberSummary s) {
        return Json.createObjectBuilder().add("count", s.count()).add("min", s.min()).add("mean", s.mean())
                .add("median", s.median()).add("max", s.max());
    }

    private static JsonValue finding(SurveyFinding f) {
        return Json.createObjectBuilder().add("id", f.getId()).add("version", f.getVersion())
                .add("status", f.getStatus().name()).add("kind", f.getActionKind().name()).build();
    }
}
