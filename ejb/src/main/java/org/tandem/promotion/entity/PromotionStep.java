package org.tandem.promotion.entity;

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

import java.time.Duration;
import java.time.OffsetDateTime;

/** One step of a request's route: who was asked, when it arrived, and who decided what, when. */
@Entity
@Table(name = "promotion_step")
public class PromotionStep {

    @Id
    @SequenceGenerator(name = "promotion_step_seq", sequenceName = "promotion_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "promotion_step_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private PromotionRequest request;

    @Column(nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Approver approver;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private StepPurpose purpose;

    @Column(name = "arrived_at", nullable = false, updatable = false)
    private OffsetDateTime arrivedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 14)
    private Decision decision;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(length = 500)
    private String comment;

    protected PromotionStep() {
    }

    PromotionStep(PromotionRequest request, int position, Approver approver, StepPurpose purpose, OffsetDateTime arrivedAt) {
        this.request = request;
        this.position = position;
        this.approver = approver;
        this.purpose = purpose;
        this.arrivedAt = arrivedAt;
    }

    void close(Decision decision, String by, String comment, OffsetDateTime at) {
        this.decision = decision;
        this.decidedBy = by;
        this.comment = comment;
        this.decidedAt = at;
    }

    public boolean isOpen() {
        return decidedAt == null;
    }

    /** How long the step took, or has taken so far while open. */
    public Duration took(OffsetDateTime now) {
        return Duration.between(arrivedAt, decidedAt == null ? now : decidedAt);
    }

    public Long getId() {
        return id;
    }

    public PromotionRequest getRequest() {
        return request;
    }

    public int getPosition() {
        return position;
    }

    public Approver getApprover() {
        return approver;
    }

    public StepPurpose getPurpose() {
        return purpose;
    }

    public OffsetDateTime getArrivedAt() {
        return arrivedAt;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getComment() {
        return comment;
    }
}
