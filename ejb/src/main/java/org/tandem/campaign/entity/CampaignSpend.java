package org.tandem.campaign.entity;

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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One entry of a campaign's spend ledger: who committed, released or spent how much of which category, and why. */
@Entity
@Table(name = "campaign_spend")
public class CampaignSpend {

    @Id
    @SequenceGenerator(name = "campaign_spend_seq", sequenceName = "campaign_spend_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_spend_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private BudgetCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private SpendKind kind;

    @Column(nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal amount;

    @Column(name = "spent_on", nullable = false, updatable = false)
    private LocalDate spentOn;

    /** The document behind the entry, e.g. a promotion request's number. */
    @Column(length = 60, updatable = false)
    private String reference;

    @Column(length = 300, updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected CampaignSpend() {
    }

    public CampaignSpend(Campaign campaign, BudgetCategory category, SpendKind kind, BigDecimal amount, LocalDate spentOn,
                         String reference, String note, String recordedBy, OffsetDateTime recordedAt) {
        this.campaign = campaign;
        this.category = category;
        this.kind = kind;
        this.amount = amount;
        this.spentOn = spentOn;
        this.reference = reference;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public BudgetCategory getCategory() {
        return category;
    }

    public SpendKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getSpentOn() {
        return spentOn;
    }

    public String getReference() {
        return reference;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
