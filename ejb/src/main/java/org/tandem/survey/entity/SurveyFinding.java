package org.tandem.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.tandem.shared.entity.IllegalMove;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What marketing concluded from a survey's answers, and the action it becomes: a campaign, a change of the price
 * rules, or an item for the general manager's meetings, each with an owner and a due date until it is done.
 */
@Entity
@Table(name = "survey_finding")
public class SurveyFinding {

    @Id
    @SequenceGenerator(name = "survey_finding_seq", sequenceName = "survey_finding_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_finding_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "survey_id", nullable = false, updatable = false)
    private Survey survey;

    @NotBlank
    @Size(max = 1000)
    @Column(nullable = false, length = 1000)
    private String finding;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_kind", nullable = false, length = 20)
    private ActionKind actionKind;

    @NotBlank
    @Size(max = 1000)
    @Column(name = "action_text", nullable = false, length = 1000)
    private String actionText;

    @Column(nullable = false, length = 60)
    private String owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FindingStatus status = FindingStatus.OPEN;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "done_by", length = 60)
    private String doneBy;

    @Column(name = "done_at")
    private OffsetDateTime doneAt;

    @Version
    private long version;

    protected SurveyFinding() {
    }

    public SurveyFinding(Survey survey, String finding, ActionKind actionKind, String actionText, String owner,
                         LocalDate dueDate, String recordedBy, OffsetDateTime recordedAt) {
        this.survey = Objects.requireNonNull(survey);
        this.finding = Objects.requireNonNull(finding).trim();
        this.actionKind = Objects.requireNonNull(actionKind);
        this.actionText = Objects.requireNonNull(actionText).trim();
        this.owner = Objects.requireNonNull(owner);
        this.dueDate = Objects.requireNonNull(dueDate);
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public void markDone(String by, OffsetDateTime at) {
        IllegalMove.unless(status == FindingStatus.OPEN, actionText, status, "tandem.action.markDone");
        status = FindingStatus.DONE;
        doneBy = by;
        doneAt = at;
    }

    public boolean isOverdueOn(LocalDate day) {
        return status == FindingStatus.OPEN && day.isAfter(dueDate);
    }

    public Long getId() {
        return id;
    }

    public Survey getSurvey() {
        return survey;
    }

    public String getFinding() {
        return finding;
    }

    public ActionKind getActionKind() {
        return actionKind;
    }

    public String getActionText() {
        return actionText;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public OffsetDateTime getDoneAt() {
        return doneAt;
    }

    public long getVersion() {
        return version;
    }
}
