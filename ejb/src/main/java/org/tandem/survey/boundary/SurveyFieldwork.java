package org.tandem.survey.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.customer.control.CustomerScope;
import org.tandem.customer.entity.Customer;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.TerritoryLevel;
import org.tandem.organization.entity.UserAccount;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.control.Versions;
import org.tandem.survey.control.RepTerritories;
import org.tandem.survey.entity.AnswerValue;
import org.tandem.survey.entity.ResponseStatus;
import org.tandem.survey.entity.SurveyAssignment;
import org.tandem.survey.entity.SurveyResponse;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The field's side of surveys: what a rep owes, and filling it in — a draft saved as often as wanted, then
 * submitted. A rep fills only their own; a sales manager enters paper forms for the reps of their area, recorded as
 * entered by the manager. Another rep's assignment is refused as if it did not exist.
 */
@Stateless
@RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER})
public class SurveyFieldwork {

    public static final int MAX_ANSWERS = 50;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemDefaultZone();

    /**
     * The responses still owed, earliest due first: a rep's own; for a sales manager those of the reps in their
     * area, for whom they may enter paper forms.
     */
    public List<OwedSurvey> owed() {
        CustomerScope scope = CustomerScope.of(em, session);
        List<Long> territories = scope.territoryIds();
        List<SurveyAssignment> assignments = em.createQuery("select distinct a from SurveyAssignment a "
                        + "left join a.territory t left join a.rep r where t.id in :territories or r in "
                        + "(select m from Territory mt join mt.members m where mt.id in :territories)", SurveyAssignment.class)
                .setParameter("territories", territories).getResultList();
        if (assignments.isEmpty()) {
            return List.of();
        }
        Map<String, ResponseStatus> given = em.createQuery("select r from SurveyResponse r where r.assignment in :assignments",
                        SurveyResponse.class).setParameter("assignments", assignments).getResultStream()
                .collect(Collectors.toMap(r -> key(r.getAssignment(), r.getRep()), SurveyResponse::getStatus));
        boolean manager = session.isCallerInRole(Role.Names.SALES_MANAGER);
        String me = caller();
        LocalDate today = LocalDate.now(clock);
        List<OwedSurvey> owed = new ArrayList<>();
        for (SurveyAssignment assignment : assignments) {
            for (UserAccount rep : assignment.getExpectedReps()) {
                ResponseStatus status = given.get(key(assignment, rep));
                boolean mine = manager ? inScope(rep, territories) : rep.getUsername().equals(me);
                if (mine && status != ResponseStatus.SUBMITTED) {
                    owed.add(new OwedSurvey(assignment.getId(), assignment.getSurvey().getId(),
                            assignment.getSurvey().getTitle(), rep.getUsername(), rep.getDisplayName(),
                            assignment.getDueDate(), assignment.isOverdueOn(today), status));
                }
            }
        }
        owed.sort(Comparator.comparing(OwedSurvey::dueDate).thenComparing(OwedSurvey::rep)
                .thenComparing(OwedSurvey::assignmentId));
        return owed;
    }

    /** The form to fill for {@code rep} under an assignment, with the draft or submitted response if there is one. */
    public ResponseForm form(long assignmentId, @NotBlank String rep) {
        SurveyAssignment assignment = assignmentFor(assignmentId, rep);
        UserAccount account = account(rep);
        SurveyResponse response = response(assignment, account);
        ResponseForm form = new ResponseForm(assignment, rep,
                response == null ? assignment.getSurvey().getCurrentVersion() : response.getSurveyVersion(), response);
        form.surveyVersion().getQuestions().forEach(q -> q.getOptions().size());
        if (response != null) {
            response.getAnswers().size();
        }
        return form;
    }

    /**
     * Saves the answers as a draft, incomplete or not.
     *
     * @param expectedVersion the draft's version as the caller saw it; null when they saw none
     * @param customerId      the customer or outlet visited, one the caller may see; null for none
     */
    public SurveyResponse saveDraft(long assignmentId, @NotBlank String rep, Long expectedVersion, Long customerId,
                                    @NotNull @Size(max = MAX_ANSWERS) List<@NotNull @Valid AnswerValue> answers) {
        SurveyResponse response = recorded(assignmentId, rep, expectedVersion, customerId, answers);
        em.flush();
        return response;
    }

    /** Saves the answers and submits them, refused while a required question is unanswered. */
    public SurveyResponse submit(long assignmentId, @NotBlank String rep, Long expectedVersion, Long customerId,
                                 @NotNull @Size(max = MAX_ANSWERS) List<@NotNull @Valid AnswerValue> answers) {
        SurveyResponse response = recorded(assignmentId, rep, expectedVersion, customerId, answers);
        response.submit(OffsetDateTime.now(clock));
        em.flush();
        return response;
    }

    private SurveyResponse recorded(long assignmentId, String rep, Long expectedVersion, Long customerId,
                                    List<AnswerValue> answers) {
        SurveyAssignment assignment = assignmentFor(assignmentId, rep);
        UserAccount account = account(rep);
        SurveyResponse response = response(assignment, account);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (response == null) {
            if (expectedVersion != null) {
                throw new RuleViolation("tandem.concurrentChange", assignment.getSurvey().getTitle());
            }
            response = new SurveyResponse(assignment, account, territoryOf(assignment, account), now);
            em.persist(response);
        } else {
            Versions.require(response.getVersion(), expectedVersion == null ? -1 : expectedVersion, response.getLabel());
        }
        Customer visited = customerId == null ? null : CustomerScope.of(em, session).customer(customerId);
        response.record(answers, visited, caller(), now);
        return response;
    }

    /** The assignment, if it expects a response from {@code rep} and the caller may fill it for them. */
    private SurveyAssignment assignmentFor(long assignmentId, String rep) {
        SurveyAssignment assignment = em.find(SurveyAssignment.class, assignmentId);
        boolean allowed = assignment != null && assignment.getExpectedReps().stream()
                .anyMatch(u -> u.getUsername().equals(rep))
                && (session.isCallerInRole(Role.Names.SALES_MANAGER)
                ? inScope(account(rep), CustomerScope.of(em, session).territoryIds())
                : rep.equals(caller()));
        if (!allowed) {
            throw new RuleViolation("tandem.survey.assignmentNotFound", assignmentId);
        }
        return assignment;
    }

    private boolean inScope(UserAccount rep, List<Long> territories) {
        return territoriesOf(rep).stream().anyMatch(t -> territories.contains(t.getId()));
    }

    /** The assigned territory, or the first (by code) the rep works in. */
    private Territory territoryOf(SurveyAssignment assignment, UserAccount rep) {
        if (assignment.getTerritory() != null) {
            return assignment.getTerritory();
        }
        return territoriesOf(rep).stream().filter(t -> t.getLevel() == TerritoryLevel.TERRITORY).findFirst()
                .orElseThrow(() -> new RuleViolation("tandem.survey.repWithoutTerritory", rep.getUsername()));
    }

    private List<Territory> territoriesOf(UserAccount rep) {
        return RepTerritories.of(em, rep);
    }

    private UserAccount account(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", username)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("tandem.survey.repNotFound", username));
    }

    private SurveyResponse response(SurveyAssignment assignment, UserAccount rep) {
        return em.createQuery("select r from SurveyResponse r where r.assignment = :assignment and r.rep = :rep",
                        SurveyResponse.class).setParameter("assignment", assignment).setParameter("rep", rep)
                .getResultStream().findFirst().orElse(null);
    }

    private static String key(SurveyAssignment assignment, UserAccount rep) {
        return assignment.getId() + "/" + rep.getUsername();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
