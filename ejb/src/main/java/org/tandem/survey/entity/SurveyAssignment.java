package org.tandem.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.UserAccount;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A survey handed to the field with a due date: to one rep, or to a territory, which expects one response from each
 * sales rep working in it.
 */
@Entity
@Table(name = "survey_assignment")
public class SurveyAssignment {

    @Id
    @SequenceGenerator(name = "survey_assignment_seq", sequenceName = "survey_assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_assignment_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "survey_id", nullable = false, updatable = false)
    private Survey survey;

    @ManyToOne
    @JoinColumn(name = "territory_id", updatable = false)
    private Territory territory;

    @ManyToOne
    @JoinColumn(name = "rep_id", updatable = false)
    private UserAccount rep;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "assigned_by", nullable = false, updatable = false, length = 60)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private OffsetDateTime assignedAt;

    protected SurveyAssignment() {
    }

    private SurveyAssignment(Survey survey, Territory territory, UserAccount rep, LocalDate dueDate, String assignedBy,
                             OffsetDateTime assignedAt) {
        this.survey = Objects.requireNonNull(survey);
        this.territory = territory;
        this.rep = rep;
        this.dueDate = Objects.requireNonNull(dueDate);
        this.assignedBy = Objects.requireNonNull(assignedBy);
        this.assignedAt = Objects.requireNonNull(assignedAt);
    }

    public static SurveyAssignment toTerritory(Survey survey, Territory territory, LocalDate dueDate, String assignedBy,
                                               OffsetDateTime assignedAt) {
        return new SurveyAssignment(survey, Objects.requireNonNull(territory), null, dueDate, assignedBy, assignedAt);
    }

    public static SurveyAssignment toRep(Survey survey, UserAccount rep, LocalDate dueDate, String assignedBy,
                                         OffsetDateTime assignedAt) {
        if (!rep.hasRole(Role.SALES_REP)) {
            throw new IllegalArgumentException(rep.getUsername() + " is no sales rep");
        }
        return new SurveyAssignment(survey, null, rep, dueDate, assignedBy, assignedAt);
    }

    /** The reps who owe a response, in user-name order: the one rep, or the territory's reps as it is staffed now. */
    public List<UserAccount> getExpectedReps() {
        if (rep != null) {
            return List.of(rep);
        }
        return territory.getMembers().stream().filter(u -> u.hasRole(Role.SALES_REP))
                .sorted(Comparator.comparing(UserAccount::getUsername)).toList();
    }

    public boolean expects(UserAccount user) {
        return getExpectedReps().contains(user);
    }

    public boolean isOverdueOn(LocalDate day) {
        return day.isAfter(dueDate);
    }

    public Long getId() {
        return id;
    }

    public Survey getSurvey() {
        return survey;
    }

    public Territory getTerritory() {
        return territory;
    }

    public UserAccount getRep() {
        return rep;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public OffsetDateTime getAssignedAt() {
        return assignedAt;
    }
}
