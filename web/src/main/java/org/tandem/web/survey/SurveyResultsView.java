package org.tandem.web.survey;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.organization.entity.Role;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.survey.boundary.OptionCount;
import org.tandem.survey.boundary.PriceDistribution;
import org.tandem.survey.boundary.QuestionResult;
import org.tandem.survey.boundary.ResponseRate;
import org.tandem.survey.boundary.ResponseRates;
import org.tandem.survey.boundary.ResultsFilter;
import org.tandem.survey.boundary.SurveyDesign;
import org.tandem.survey.boundary.SurveyFindings;
import org.tandem.survey.boundary.SurveyResults;
import org.tandem.survey.boundary.VersionRow;
import org.tandem.survey.entity.ActionKind;
import org.tandem.survey.entity.QuestionKind;
import org.tandem.survey.entity.Survey;
import org.tandem.survey.entity.SurveyAnswer;
import org.tandem.survey.entity.SurveyFinding;
import org.tandem.web.shell.Feedback;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A survey's results ({@code survey-results.xhtml?id=…}): response rates by territory and rep, every question of
 * the chosen version aggregated with a chart, the raw answers to read and export, filtered by territory and by the
 * period they were submitted in; and the findings drawn from them, each turned into an action.
 */
@Named
@ViewScoped
public class SurveyResultsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ACTION_DAYS = 14;

    @EJB
    SurveyDesign design;

    @EJB
    SurveyResults results;

    @EJB
    SurveyFindings findings;

    @Inject
    Feedback feedback;

    private Long id;
    private String title;
    private List<VersionRow> versions = List.of();
    private Long versionId;
    private Long territoryId;
    private LocalDate from;
    private LocalDate to;
    private List<ResponseRate> territories = List.of();
    private ResponseRates rates;
    private List<QuestionResult> questions = List.of();
    private long respondents;
    private PagedList<SurveyAnswer> answers;
    private List<SurveyFinding> recorded = List.of();
    private String finding;
    private ActionKind actionKind = ActionKind.MEETING_ITEM;
    private String actionText;
    private String owner;
    private LocalDate actionDue = LocalDate.now().plusDays(ACTION_DAYS);
    private RuleViolation refusal;

    public void load() {
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            Survey survey = design.survey(id);
            title = survey.getTitle();
            versions = design.versions(id);
            versionId = survey.getCurrentVersion().getId();
            // the version with answers is the one worth opening; the newest such
            versions.stream().filter(v -> v.responses() > 0).reduce((a, b) -> b).ifPresent(v -> versionId = v.id());
            territories = results.rates(id, null).byTerritory();
            owner = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
            answers = new PagedList<>(request -> results.answers(filtered(request)), SurveyAnswer::getId);
            refresh();
        } catch (RuleViolation violation) {
            refusal = violation;
        }
    }

    /** Reads rates, aggregates and findings again under the filters chosen. */
    public void refresh() {
        ResultsFilter filter = new ResultsFilter(versionId, territoryId, from, to);
        rates = results.rates(id, territoryId);
        questions = results.results(filter);
        respondents = results.respondents(filter);
        recorded = findings.findings(id);
    }

    private PageRequest filtered(PageRequest request) {
        Map<String, Object> filters = new HashMap<>(request.filters());
        filters.put("version", versionId);
        if (territoryId != null) {
            filters.put("territory", territoryId);
        }
        if (from != null) {
            filters.put("from", from);
        }
        if (to != null) {
            filters.put("to", to);
        }
        return new PageRequest(request.first(), request.size(), request.sortField(), request.ascending(), filters);
    }

    public void recordFinding() {
        try {
            findings.record(id, finding, actionKind, actionText, owner, actionDue);
            recorded = findings.findings(id);
            finding = null;
            actionText = null;
            feedback.info("survey.finding.recorded");
        } catch (RuleViolation violation) {
            feedback.refused(violation);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void markDone(SurveyFinding done) {
        try {
            findings.markDone(done.getId(), done.getVersion());
            feedback.info("survey.finding.done");
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
        recorded = findings.findings(id);
    }

    /** The chart of a question: bars of options and ratings, a pie for yes and no, price buckets; null for the rest. */
    public String chart(QuestionResult result) {
        return switch (result.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> Charts.bar(labels(result), counts(result), feedback.text("survey.results.count"), true);
            case RATING -> Charts.bar(labels(result), counts(result), feedback.text("survey.results.count"), false);
            case YES_NO -> Charts.pie(labels(result), counts(result));
            case OBSERVED_PRICE -> result.prices().isEmpty() ? null : priceChart(result.prices().get(0));
            default -> null;
        };
    }

    private String priceChart(PriceDistribution prices) {
        return Charts.bar(prices.buckets().stream().map(b -> plain(b.from()) + "–" + plain(b.to())).toList(),
                prices.buckets().stream().map(PriceDistribution.Bucket::count).toList(),
                feedback.text("survey.results.count"), false);
    }

    /** Response rates of the territories as a bar chart of percentages. */
    public String getRatesChart() {
        List<ResponseRate> byTerritory = rates.byTerritory();
        return Charts.bar(byTerritory.stream().map(ResponseRate::name).toList(),
                byTerritory.stream().map(ResponseRate::getPercent).toList(), "%", true);
    }

    private List<String> labels(QuestionResult result) {
        return result.options().stream().map(o -> result.kind() == QuestionKind.YES_NO
                ? feedback.text("survey." + o.label()) : o.label()).toList();
    }

    private static List<Long> counts(QuestionResult result) {
        return result.options().stream().map(OptionCount::count).toList();
    }

    /** An answer as text, for the raw answers table and its export. */
    public String answerText(SurveyAnswer answer) {
        return switch (answer.getQuestion().getKind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> String.join("; ", answer.getChosenLabels());
            case NUMBER, RATING -> plain(answer.getNumber());
            case YES_NO -> feedback.text(Boolean.TRUE.equals(answer.getYes()) ? "survey.yes" : "survey.no");
            case FREE_TEXT -> answer.getText();
            case OBSERVED_PRICE -> plain(answer.getPrice()) + " " + answer.getCurrency()
                    + (answer.getObservedItem() == null ? "" : " · " + answer.getObservedItem());
        };
    }

    public String optionLabel(QuestionResult result, OptionCount option) {
        return result.kind() == QuestionKind.YES_NO ? feedback.text("survey." + option.label()) : option.label();
    }

    /** A number as short as it is exact: 268 rather than 268.0000. */
    public String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    public boolean isMayRecord() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Role.Names.MARKETING) || context.isUserInRole(Role.Names.MARKETING_MANAGER);
    }

    /** Marketing closes campaigns and price rule changes; the general manager closes meeting items (on the desk). */
    public boolean mayClose(SurveyFinding f) {
        return f.getStatus().name().equals("OPEN") && (f.getActionKind() == ActionKind.MEETING_ITEM) != isMayRecord();
    }

    public Map<Long, String> getVersionLabels() {
        return versions.stream().collect(Collectors.toMap(VersionRow::id, v -> String.valueOf(v.number())));
    }

    public ActionKind[] getActionKinds() {
        return ActionKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public Long getVersionId() {
        return versionId;
    }

    public void setVersionId(Long versionId) {
        this.versionId = versionId;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<ResponseRate> getTerritories() {
        return territories;
    }

    public ResponseRates getRates() {
        return rates;
    }

    public List<QuestionResult> getQuestions() {
        return questions;
    }

    public long getRespondents() {
        return respondents;
    }

    public PagedList<SurveyAnswer> getAnswers() {
        return answers;
    }

    public List<SurveyFinding> getRecorded() {
        return recorded;
    }

    public String getFinding() {
        return finding;
    }

    public void setFinding(String finding) {
        this.finding = finding;
    }

    public ActionKind getActionKind() {
        return actionKind;
    }

    public void setActionKind(ActionKind actionKind) {
        this.actionKind = actionKind;
    }

    public String getActionText() {
        return actionText;
    }

    public void setActionText(String actionText) {
        this.actionText = actionText;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }

    public RuleViolation getRefusal() {
        return refusal;
    }
}
