package org.tandem.survey.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.TerritoryLevel;
import org.tandem.organization.entity.UserAccount;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.control.Queries;
import org.tandem.shared.control.Rows;
import org.tandem.shared.control.Versions;
import org.tandem.survey.entity.QuestionDraft;
import org.tandem.survey.entity.Survey;
import org.tandem.survey.entity.SurveyAssignment;
import org.tandem.survey.entity.SurveyVersion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Marketing designs survey forms and hands them to the field: questions edited in place until answered, in a new
 * version after; assignments to territories or reps with a due date. The general manager reads.
 */
@Stateless
@RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER})
public class SurveyDesign {

    public static final int MAX_QUESTIONS = 50;

    private static final Map<String, String> SORTS = Map.of("title", "title", "createdAt", "createdAt",
            "createdBy", "createdBy");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemDefaultZone();

    /** The survey forms, newest first unless sorted; filter {@code title} (contains). */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public Page<Survey> find(@NotNull PageRequest request) {
        PageRequest newestFirst = request.sortField() == null
                ? new PageRequest(request.first(), request.size(), "createdAt", false, request.filters()) : request;
        return Queries.page(em, Survey.class, newestFirst, (cb, s) -> Queries.present(
                Queries.contains(cb, s.get("title"), request.text("title"))), SORTS, "createdAt", List.of("versions"));
    }

    /** One survey with its versions and their questions. */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public Survey survey(long id) {
        Survey survey = Rows.found(em, Survey.class, id, "tandem.survey.notFound");
        survey.getVersions().forEach(v -> v.getQuestions().forEach(q -> q.getOptions().size()));
        return survey;
    }

    public Survey create(@NotBlank @Size(max = 200) String title, @Size(max = 1000) String purpose,
                         @NotEmpty @Size(max = MAX_QUESTIONS) List<@NotNull @Valid QuestionDraft> questions) {
        Survey survey = new Survey(title, purpose, caller(), OffsetDateTime.now(clock), questions);
        em.persist(survey);
        em.flush();
        return survey;
    }

    /** New title, purpose and questions; the questions go into a new version when the current one has responses. */
    public Survey revise(long id, long expectedVersion, @NotBlank @Size(max = 200) String title,
                         @Size(max = 1000) String purpose,
                         @NotEmpty @Size(max = MAX_QUESTIONS) List<@NotNull @Valid QuestionDraft> questions) {
        Survey survey = survey(id);
        Versions.require(survey.getVersion(), expectedVersion, survey.getTitle());
        survey.describe(title, purpose);
        boolean answered = responses(survey.getCurrentVersion()) > 0;
        survey.reviseQuestions(questions, answered, OffsetDateTime.now(clock));
        // a new version or new questions are a change of the survey, which its version must show
        em.lock(survey, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return survey;
    }

    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public List<VersionRow> versions(long surveyId) {
        Map<Long, Long> counts = em.createQuery("select r.surveyVersion.id, count(r) from SurveyResponse r "
                        + "where r.surveyVersion.survey.id = :survey group by r.surveyVersion.id", Object[].class)
                .setParameter("survey", surveyId).getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return survey(surveyId).getVersions().stream().map(v -> new VersionRow(v.getId(), v.getNumber(),
                v.getCreatedAt(), v.getQuestions().size(), counts.getOrDefault(v.getId(), 0L))).toList();
    }

    /** Expects one response from each sales rep of the territory by {@code dueDate}. */
    public SurveyAssignment assignToTerritory(long surveyId, long territoryId, @NotNull LocalDate dueDate) {
        Territory territory = em.find(Territory.class, territoryId);
        if (territory == null || territory.getLevel() != TerritoryLevel.TERRITORY || !territory.isActive()) {
            throw new RuleViolation("tandem.survey.territoryNotFound", territoryId);
        }
        return assign(SurveyAssignment.toTerritory(survey(surveyId), territory, due(dueDate), caller(),
                OffsetDateTime.now(clock)));
    }

    public SurveyAssignment assignToRep(long surveyId, @NotBlank String username, @NotNull LocalDate dueDate) {
        UserAccount rep = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst()
                .filter(u -> u.hasRole(Role.SALES_REP) && u.isEnabled())
                .orElseThrow(() -> new RuleViolation("tandem.survey.repNotFound", username));
        return assign(SurveyAssignment.toRep(survey(surveyId), rep, due(dueDate), caller(), OffsetDateTime.now(clock)));
    }

    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public List<SurveyAssignment> assignments(long surveyId) {
        List<SurveyAssignment> assignments = em.createQuery("select a from SurveyAssignment a where a.survey.id = :survey "
                        + "order by a.dueDate, a.id", SurveyAssignment.class)
                .setParameter("survey", surveyId).getResultList();
        assignments.forEach(a -> a.getExpectedReps().size());
        return assignments;
    }

    /** The territories a survey can be assigned to. */
    public List<Choice> territories() {
        return em.createQuery("select t from Territory t where t.level = :level and t.active = true order by t.code",
                        Territory.class).setParameter("level", TerritoryLevel.TERRITORY).getResultStream()
                .map(t -> new Choice(t.getId(), t.getCode(), t.getPath())).toList();
    }

    /** The sales reps a survey can be assigned to; the code is the user name. */
    public List<Choice> reps() {
        return em.createQuery("select u from UserAccount u join u.roles r where r = :rep and u.enabled = true "
                        + "order by u.username", UserAccount.class).setParameter("rep", Role.SALES_REP).getResultStream()
                .map(u -> new Choice(u.getId(), u.getUsername(), u.getDisplayName())).toList();
    }

    private SurveyAssignment assign(SurveyAssignment assignment) {
        em.persist(assignment);
        em.flush();
        return assignment;
    }

    private LocalDate due(LocalDate dueDate) {
        if (dueDate.isBefore(LocalDate.now(clock))) {
            throw new RuleViolation("tandem.survey.dueInPast", dueDate);
        }
        return dueDate;
    }

    private long responses(SurveyVersion version) {
        return em.createQuery("select count(r) from SurveyResponse r where r.surveyVersion = :version", Long.class)
                .setParameter("version", version).getSingleResult();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
