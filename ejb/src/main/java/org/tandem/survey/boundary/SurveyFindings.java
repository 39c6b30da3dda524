package org.tandem.survey.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.organization.entity.Role;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.control.Rows;
import org.tandem.shared.control.Versions;
import org.tandem.survey.entity.ActionKind;
import org.tandem.survey.entity.FindingStatus;
import org.tandem.survey.entity.Survey;
import org.tandem.survey.entity.SurveyFinding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Findings from survey answers and the actions they become. Marketing records them and closes campaigns and price
 * rule changes; meeting items go to the general manager, who sees the open ones on the desk and closes them.
 */
@Stateless
@RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER})
public class SurveyFindings {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemDefaultZone();

    public SurveyFinding record(long surveyId, @NotBlank @Size(max = 1000) String finding, @NotNull ActionKind kind,
                                @NotBlank @Size(max = 1000) String action, @NotBlank @Size(max = 60) String owner,
                                @NotNull LocalDate dueDate) {
        Survey survey = Rows.found(em, Survey.class, surveyId, "tandem.survey.notFound");
        SurveyFinding recorded = new SurveyFinding(survey, finding, kind, action, owner.trim(), dueDate, caller(),
                OffsetDateTime.now(clock));
        em.persist(recorded);
        em.flush();
        return recorded;
    }

    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public List<SurveyFinding> findings(long surveyId) {
        return em.createQuery("select f from SurveyFinding f where f.survey.id = :survey order by f.recordedAt desc, f.id desc",
                SurveyFinding.class).setParameter("survey", surveyId).getResultList();
    }

    /** The meeting items still open, earliest due first. */
    @RolesAllowed(Role.Names.GENERAL_MANAGER)
    public List<SurveyFinding> openMeetingItems() {
        return em.createQuery("select f from SurveyFinding f join fetch f.survey where f.actionKind = :kind "
                        + "and f.status = :open order by f.dueDate, f.id", SurveyFinding.class)
                .setParameter("kind", ActionKind.MEETING_ITEM).setParameter("open", FindingStatus.OPEN).getResultList();
    }

    /** Closes an action: a meeting item only by the general manager, the others only by marketing. */
    @RolesAllowed({Role.Names.MARKETING, Role.Names.MARKETING_MANAGER, Role.Names.GENERAL_MANAGER})
    public SurveyFinding markDone(long findingId, long expectedVersion) {
        SurveyFinding finding = Rows.found(em, SurveyFinding.class, findingId, "tandem.survey.findingNotFound");
        boolean generalManager = session.isCallerInRole(Role.Names.GENERAL_MANAGER);
        if ((finding.getActionKind() == ActionKind.MEETING_ITEM) != generalManager) {
            throw new RuleViolation(generalManager ? "tandem.survey.marketingCloses" : "tandem.survey.meetingCloses",
                    finding.getActionText());
        }
        Versions.require(finding.getVersion(), expectedVersion, finding.getActionText());
        finding.markDone(caller(), OffsetDateTime.now(clock));
        em.flush();
        return finding;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
