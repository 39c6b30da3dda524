package org.tandem.pricing.entity;

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
import org.tandem.customer.entity.Channel;
import org.tandem.customer.entity.Customer;
import org.tandem.shared.boundary.RuleViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The terms of one route to market: the price list its customers buy from, the largest manual discount anyone
 * may give them (it caps each user's own discount authority), and the payment terms a new customer starts with.
 */
@Entity
@Table(name = "channel_policy")
public class ChannelPolicy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @SequenceGenerator(name = "channel_policy_seq", sequenceName = "channel_policy_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "channel_policy_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, unique = true, updatable = false, length = 20)
    private Channel channel;

    @ManyToOne
    @JoinColumn(name = "price_list_id")
    private PriceList priceList;

    /** Percent; none means the users' own authority is the only limit. */
    @Column(name = "discount_ceiling", precision = 5, scale = 2)
    private BigDecimal discountCeiling;

    @Column(name = "payment_terms_days", nullable = false)
    private int paymentTermsDays = Customer.DEFAULT_PAYMENT_TERMS_DAYS;

    @Version
    private long version;

    protected ChannelPolicy() {
    }

    public ChannelPolicy(Channel channel) {
        this.channel = Objects.requireNonNull(channel);
    }

    public void set(PriceList list, BigDecimal ceiling, int terms) {
        if (ceiling != null && (ceiling.signum() < 0 || ceiling.compareTo(HUNDRED) > 0)) {
            throw new RuleViolation("tandem.channel.ceiling.range", ceiling);
        }
        if (terms < 0 || terms > Customer.MAX_PAYMENT_TERMS_DAYS) {
            throw new RuleViolation("tandem.channel.terms.range", terms, Customer.MAX_PAYMENT_TERMS_DAYS);
        }
        if (list != null && list.getChannel() != null && !list.getChannel().equals(channel.name())) {
            throw new RuleViolation("tandem.channel.priceList.otherChannel", list.getCode(), list.getChannel());
        }
        this.priceList = list;
        this.discountCeiling = ceiling == null ? null : ceiling.setScale(2, RoundingMode.HALF_UP);
        this.paymentTermsDays = terms;
    }

    /** The smaller of a user's own authority and this channel's ceiling. */
    public BigDecimal cap(BigDecimal authority) {
        return discountCeiling == null || authority.compareTo(discountCeiling) <= 0 ? authority : discountCeiling;
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public PriceList getPriceList() {
        return priceList;
    }

    public BigDecimal getDiscountCeiling() {
        return discountCeiling;
    }

    public int getPaymentTermsDays() {
        return paymentTermsDays;
    }

    public long getVersion() {
        return version;
    }
}
