package org.tandem.survey.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.constraints.NotNull;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.UserAccount;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.control.Queries;
import org.tandem.shared.control.Rows;
import org.tandem.survey.control.RepTerritories;
import org.tandem.survey.control.Statistics;
import org.tandem.survey.entity.QuestionKind;
import org.tandem.survey.entity.ResponseStatus;
import org.tandem.survey.entity.SurveyAnswer;
import org.tandem.survey.entity.SurveyAssignment;
import org.tandem.survey.entity.SurveyQuestion;
import org.tandem.survey.entity.SurveyResponse;
import org.tandem.survey.entity.SurveyVersion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the field answered, for marketing and the general manager: response rates by territory and rep, the
 * submitted answers of a version aggregated per question, and the raw answers a page at a time for export.
 * Only submitted responses count; drafts show in the rates as drafts.
 */
@Stateless
@RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
public class SurveyResults {

    private static final Map<String, String> SORTS = Map.of("submittedOn", "response.submittedOn",
            "rep", "response.rep.username", "territory", "response.territory.code", "question", "question.position");

    @PersistenceContext
    EntityManager em;

    /** Expected, submitted and draft responses of every assignment of the survey; {@code territoryId} narrows. */
    public ResponseRates rates(long surveyId, Long territoryId) {
        List<SurveyAssignment> assignments = em.createQuery("select a from SurveyAssignment a where a.survey.id = :survey",
                SurveyAssignment.class).setParameter("survey", surveyId).getResultList();
        Map<String, ResponseStatus> given = em.createQuery("select r from SurveyResponse r where r.assignment.survey.id = :survey",
                        SurveyResponse.class).setParameter("survey", surveyId).getResultStream()
                .collect(Collectors.toMap(r -> r.getAssignment().getId() + "/" + r.getRep().getId(), SurveyResponse::getStatus));
        Map<Territory, long[]> byTerritory = new TreeMap<>(Comparator.comparing(Territory::getCode));
        Map<UserAccount, long[]> byRep = new TreeMap<>(Comparator.comparing(UserAccount::getUsername));
        long[] total = new long[3];
        for (SurveyAssignment assignment : assignments) {
            for (UserAccount rep : assignment.getExpectedReps()) {
                Territory territory = assignment.getTerritory() != null ? assignment.getTerritory() : homeOf(rep);
                if (territoryId != null && (territory == null || !territory.getId().equals(territoryId))) {
                    continue;
                }
                ResponseStatus status = given.get(assignment.getId() + "/" + rep.getId());
                if (territory != null) {
                    count(byTerritory.computeIfAbsent(territory, t -> new long[3]), status);
                }
                count(byRep.computeIfAbsent(rep, r -> new long[3]), status);
                count(total, status);
            }
        }
        return new ResponseRates(new ResponseRate(0, "", "", total[0], total[1], total[2]),
                byTerritory.entrySet().stream().map(e -> rate(e.getKey().getId(), e.getKey().getCode(), e.getKey().getName(), e.getValue())).toList(),
                byRep.entrySet().stream().map(e -> rate(e.getKey().getId(), e.getKey().getUsername(), e.getKey().getDisplayName(), e.getValue())).toList());
    }

    /** Each question of the filter's version with its submitted answers aggregated. */
    public List<QuestionResult> results(@NotNull ResultsFilter filter) {
        SurveyVersion version = version(filter.versionId());
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(SurveyAnswer.class);
        var answer = query.from(SurveyAnswer.class);
        query.select(answer).where(restrictions(cb, answer.get("response"), filter).toArray(Predicate[]::new));
        Map<Long, List<SurveyAnswer>> byQuestion = em.createQuery(query)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "row.response")
                .getResultStream().collect(Collectors.groupingBy(a -> a.getQuestion().getId()));
        List<QuestionResult> results = new ArrayList<>();
        for (SurveyQuestion question : version.getQuestions()) {
            results.add(result(question, byQuestion.getOrDefault(question.getId(), List.of())));
        }
        return results;
    }

    /** The submitted responses the filter counts. */
    public long respondents(@NotNull ResultsFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var response = query.from(SurveyResponse.class);
        query.select(cb.count(response)).where(restrictions(cb, response, filter).toArray(Predicate[]::new));
        return em.createQuery(query).getSingleResult();
    }

    /**
     * The submitted answers one by one, for reading and export. Filters: {@code version} (required), {@code territory}
     * (an id), {@code from} and {@code to} (submitted on, {@link LocalDate}s).
     */
    public Page<SurveyAnswer> answers(@NotNull PageRequest request) {
        Object version = request.filters().get("version");
        if (version == null) {
            throw new RuleViolation("tandem.survey.versionNotFound", "–");
        }
        ResultsFilter filter = new ResultsFilter(Long.parseLong(version.toString()),
                request.text("territory") == null ? null : Long.valueOf(request.text("territory")),
                (LocalDate) request.filters().get("from"), (LocalDate) request.filters().get("to"));
        return Queries.page(em, SurveyAnswer.class, request,
                (cb, a) -> restrictions(cb, a.get("response"), filter), SORTS, "response.submittedOn",
                List.of("response", "question"));
    }

    private static List<Predicate> restrictions(CriteriaBuilder cb, Path<?> response, ResultsFilter filter) {
        return Queries.present(
                cb.equal(response.get("surveyVersion").get("id"), filter.versionId()),
                cb.equal(response.get("status"), ResponseStatus.SUBMITTED),
                filter.territoryId() == null ? null : cb.equal(response.get("territory").get("id"), filter.territoryId()),
                filter.from() == null ? null : cb.greaterThanOrEqualTo(response.get("submittedOn"), filter.from()),
                filter.to() == null ? null : cb.lessThanOrEqualTo(response.get("submittedOn"), filter.to()));
    }

    private SurveyVersion version(long id) {
        return Rows.found(em, SurveyVersion.class, id, "tandem.survey.versionNotFound");
    }

    private static QuestionResult result(SurveyQuestion question, List<SurveyAnswer> answers) {
        QuestionKind kind = question.getKind();
        long answered = answers.size();
        List<OptionCount> options = List.of();
        NumberSummary numbers = null;
        List<PriceDistribution> prices = List.of();
        List<TextAnswer> texts = List.of();
        switch (kind) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                long[] counts = new long[question.getOptions().size()];
                answers.forEach(a -> a.getChosen().forEach(i -> counts[i]++));
                options = new ArrayList<>();
                for (int i = 0; i < counts.length; i++) {
                    options.add(new OptionCount(question.getOptions().get(i), counts[i], percent(counts[i], answered)));
                }
            }
            case YES_NO -> {
                long yes = answers.stream().filter(a -> Boolean.TRUE.equals(a.getYes())).count();
                options = List.of(new OptionCount("yes", yes, percent(yes, answered)),
                        new OptionCount("no", answered - yes, percent(answered - yes, answered)));
            }
            case NUMBER, RATING -> {
                numbers = Statistics.summary(answers.stream().map(SurveyAnswer::getNumber).toList());
                if (kind == QuestionKind.RATING) {
                    options = new ArrayList<>();
                    for (int r = SurveyQuestion.LOWEST_RATING; r <= SurveyQuestion.HIGHEST_RATING; r++) {
                        int rating = r;
                        long count = answers.stream().filter(a -> a.getNumber().intValue() == rating).count();
                        options.add(new OptionCount(String.valueOf(r), count, percent(count, answered)));
                    }
                }
            }
            case OBSERVED_PRICE -> {
                Map<String, List<BigDecimal>> byCurrency = answers.stream().collect(Collectors.groupingBy(
                        SurveyAnswer::getCurrency, TreeMap::new, Collectors.mapping(SurveyAnswer::getPrice, Collectors.toList())));
                prices = byCurrency.entrySet().stream().map(e -> Statistics.distribution(e.getKey(), e.getValue())).toList();
            }
            case FREE_TEXT -> texts = answers.stream()
                    .sorted(Comparator.comparing((SurveyAnswer a) -> a.getResponse().getSubmittedAt()))
                    .map(a -> new TextAnswer(a.getText(), a.getResponse().getRep().getUsername(),
                            a.getResponse().getSubmittedOn())).toList();
        }
        return new QuestionResult(question.getPosition(), question.getText(), kind, answered, options, numbers, prices, texts);
    }

    private static BigDecimal percent(long count, long of) {
        return of == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
    }

    private Territory homeOf(UserAccount rep) {
        return RepTerritories.of(em, rep).stream().findFirst().orElse(null);
    }

    private static void count(long[] counts, ResponseStatus status) {
        counts[0]++;
        if (status == ResponseStatus.SUBMITTED) {
            counts[1]++;
        } else if (status == ResponseStatus.DRAFT) {
            counts[2]++;
        }
    }

    private static ResponseRate rate(long id, String code, String name, long[] counts) {
        return new ResponseRate(id, code, name, counts[0], counts[1], counts[2]);
    }
}
