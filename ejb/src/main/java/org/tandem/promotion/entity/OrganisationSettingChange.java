package org.tandem.promotion.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The organisation setting as someone saved it, when: its history, never changed. */
@Entity
@Table(name = "organisation_setting_change")
public class OrganisationSettingChange {

    @Id
    @SequenceGenerator(name = "organisation_setting_change_seq", sequenceName = "organisation_setting_change_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_setting_change_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private OrganisationStage stage;

    @Column(name = "sales_authority", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal salesAuthority;

    @Column(name = "escalation_limit", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal escalationLimit;

    @Column(name = "overdue_hours", nullable = false, updatable = false)
    private int overdueHours;

    @Column(name = "changed_by", nullable = false, length = 60, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private OffsetDateTime changedAt;

    protected OrganisationSettingChange() {
    }

    OrganisationSettingChange(OrganisationStage stage, BigDecimal salesAuthority, BigDecimal escalationLimit,
                              int overdueHours, String changedBy, OffsetDateTime changedAt) {
        this.stage = stage;
        this.salesAuthority = salesAuthority;
        this.escalationLimit = escalationLimit;
        this.overdueHours = overdueHours;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public OrganisationStage getStage() {
        return stage;
    }

    public BigDecimal getSalesAuthority() {
        return salesAuthority;
    }

    public BigDecimal getEscalationLimit() {
        return escalationLimit;
    }

    public int getOverdueHours() {
        return overdueHours;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }
}
