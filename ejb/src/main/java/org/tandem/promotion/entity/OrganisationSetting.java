package org.tandem.promotion.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.entity.Money;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The company's organisation stage and the limits that route promotion requests, chosen by the general
 * manager. There is one row (id 1), written by the migration; every change is also kept as an
 * {@link OrganisationSettingChange}.
 */
@Entity
@Table(name = "organisation_setting")
public class OrganisationSetting {

    public static final long ID = 1L;

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganisationStage stage;

    /** Up to this cost the sales department decides with its own budget authority. */
    @Column(name = "sales_authority", nullable = false, precision = 19, scale = 4)
    private BigDecimal salesAuthority;

    /** Above this cost the top of the company decides. */
    @Column(name = "escalation_limit", nullable = false, precision = 19, scale = 4)
    private BigDecimal escalationLimit;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    /** An open step older than this is overdue. */
    @Column(name = "overdue_hours", nullable = false)
    private int overdueHours;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected OrganisationSetting() {
    }

    /**
     * @throws RuleViolation when the escalation limit is not above the sales authority, an amount is negative, or
     *                       the hours are not positive
     */
    public OrganisationSettingChange change(OrganisationStage stage, BigDecimal salesAuthority,
                                            BigDecimal escalationLimit, int overdueHours, String by, OffsetDateTime at) {
        BigDecimal authority = Money.of(salesAuthority, currency).getAmount();
        BigDecimal limit = Money.of(escalationLimit, currency).getAmount();
        if (authority.signum() < 0 || limit.compareTo(authority) <= 0) {
            throw new RuleViolation("tandem.organisation.limits", authority, limit);
        }
        if (overdueHours <= 0) {
            throw new RuleViolation("tandem.organisation.overdueHours", overdueHours);
        }
        this.stage = stage;
        this.salesAuthority = authority;
        this.escalationLimit = limit;
        this.overdueHours = overdueHours;
        this.changedBy = by;
        this.changedAt = at;
        return new OrganisationSettingChange(stage, authority, limit, overdueHours, by, at);
    }

    public CostBand band(BigDecimal cost) {
        return CostBand.of(cost, salesAuthority, escalationLimit);
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

    public String getCurrency() {
        return currency;
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

    public long getVersion() {
        return version;
    }
}
