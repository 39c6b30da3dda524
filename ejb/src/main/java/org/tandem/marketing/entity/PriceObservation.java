package org.tandem.marketing.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.tandem.customer.entity.Customer;
import org.tandem.organization.entity.Territory;
import org.tandem.shared.entity.Money;
import org.tandem.shared.entity.Texts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A competitor product's shelf price (and promotion, if any) seen in the field on a day, in a territory, at a
 * customer of ours or another outlet. Recorded once and never changed: it is what someone saw.
 */
@Entity
@Table(name = "price_observation")
public class PriceObservation {

    @Id
    @SequenceGenerator(name = "price_observation_seq", sequenceName = "price_observation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "price_observation_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "competitor_product_id", nullable = false, updatable = false)
    private CompetitorProduct product;

    @Column(name = "observed_on", nullable = false, updatable = false)
    private LocalDate observedOn;

    @ManyToOne(optional = false)
    @JoinColumn(name = "territory_id", nullable = false, updatable = false)
    private Territory territory;

    @ManyToOne
    @JoinColumn(name = "customer_id", updatable = false)
    private Customer customer;

    @Column(length = 120, updatable = false)
    private String outlet;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "price", nullable = false, precision = 19, scale = 4)),
            @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false, length = 3))
    })
    private Money price;

    @Column(length = 300, updatable = false)
    private String promotion;

    @Column(name = "observed_by", nullable = false, updatable = false, length = 60)
    private String observedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected PriceObservation() {
    }

    public PriceObservation(CompetitorProduct product, LocalDate observedOn, Territory territory, Customer customer,
                            String outlet, Money price, String promotion, String observedBy, OffsetDateTime recordedAt) {
        if (price.isNegative()) {
            throw new IllegalArgumentException("An observed price cannot be negative");
        }
        this.product = Objects.requireNonNull(product);
        this.observedOn = Objects.requireNonNull(observedOn);
        this.territory = Objects.requireNonNull(territory);
        this.customer = customer;
        this.outlet = Texts.blankToNull(outlet);
        this.price = price;
        this.promotion = Texts.blankToNull(promotion);
        this.observedBy = Objects.requireNonNull(observedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public Long getId() {
        return id;
    }

    public CompetitorProduct getProduct() {
        return product;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public Territory getTerritory() {
        return territory;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getOutlet() {
        return outlet;
    }

    public Money getPrice() {
        return price;
    }

    public String getPromotion() {
        return promotion;
    }

    public String getObservedBy() {
        return observedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
