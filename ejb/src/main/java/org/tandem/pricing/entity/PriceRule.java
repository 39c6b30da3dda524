package org.tandem.pricing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.shared.entity.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * Conditions plus one action: when every condition that is set holds for a line (they are AND-ed), the action
 * changes the line's running unit price. Rules run in ascending {@code sequence}; docs/pricing.md says how they
 * stack. Conditions refer to customers, territories, products and brands by id: pricing needs only the ids,
 * and a rule must not load four other components' rows to be read.
 */
@Entity
@Table(name = "price_rule")
public class PriceRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @SequenceGenerator(name = "price_rule_seq", sequenceName = "price_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "price_rule_seq")
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @NotNull
    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "thru_date")
    private LocalDate thruDate;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "customer_id")
    private Long customerId;

    @Size(max = 20)
    @Column(name = "customer_group", length = 20)
    private String customerGroup;

    @Size(max = 20)
    @Column(length = 20)
    private String channel;

    @Column(name = "territory_id")
    private Long territoryId;

    @Column(name = "product_id")
    private Long productId;

    @Column(name = "brand_id")
    private Long brandId;

    @Column(name = "min_quantity", precision = 19, scale = 4)
    private BigDecimal minQuantity;

    /** Rules of one family are alternatives, such as the steps of a quantity break: only one of them applies. */
    @Size(max = 40)
    @Column(length = 40)
    private String family;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PriceAction action;

    @NotNull
    @Column(name = "action_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal actionValue;

    /** The currency of a fixed price or an amount off; none for a percentage. */
    @Column(length = 3)
    private String currency;

    @Column(nullable = false)
    private boolean stackable = true;

    /** Where the rule came from, e.g. the promotion that created it. */
    @Size(max = 200)
    @Column(length = 200)
    private String source;

    @Version
    private long version;

    protected PriceRule() {
    }

    public PriceRule(String name, int sequence, LocalDate fromDate, PriceAction action, BigDecimal actionValue, String currency) {
        rename(name, sequence, null);
        reschedule(fromDate, null, true);
        changeAction(action, actionValue, currency, true);
    }

    public final void rename(String name, int sequence, String source) {
        this.name = Objects.requireNonNull(name);
        this.sequence = sequence;
        this.source = Texts.blankToNull(source);
    }

    public final void reschedule(LocalDate fromDate, LocalDate thruDate, boolean active) {
        Validity.requireOrdered(Objects.requireNonNull(fromDate), thruDate);
        this.fromDate = fromDate;
        this.thruDate = thruDate;
        this.active = active;
    }

    /** Sets every condition at once; null (or blank) leaves a condition open. */
    public void restrictTo(Long customerId, String customerGroup, String channel, Long territoryId, Long productId,
                           Long brandId, BigDecimal minQuantity, String family) {
        if (minQuantity != null && minQuantity.signum() <= 0) {
            throw new IllegalArgumentException("A minimum quantity must be positive");
        }
        this.customerId = customerId;
        this.customerGroup = Texts.blankToNull(customerGroup);
        this.channel = Texts.blankToNull(channel);
        this.territoryId = territoryId;
        this.productId = productId;
        this.brandId = brandId;
        this.minQuantity = minQuantity;
        this.family = Texts.blankToNull(family);
    }

    /**
     * @throws IllegalArgumentException when a percentage is not in (0, 100], an amount is negative or has no
     *                                  currency, or the value has more than four decimals
     */
    public final void changeAction(PriceAction action, BigDecimal value, String currency, boolean stackable) {
        Objects.requireNonNull(action);
        Objects.requireNonNull(value);
        if (value.signum() < 0 || action == PriceAction.PERCENT_OFF && (value.signum() == 0 || value.compareTo(HUNDRED) > 0)) {
            throw new IllegalArgumentException(action + " cannot take " + value);
        }
        if (action.isAmount() && currency == null) {
            throw new IllegalArgumentException(action + " needs a currency");
        }
        this.action = action;
        this.actionValue = value.setScale(4, RoundingMode.UNNECESSARY);
        this.currency = action.isAmount() ? Currency.getInstance(currency).getCurrencyCode() : null;
        this.stackable = stackable;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getSequence() {
        return sequence;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getThruDate() {
        return thruDate;
    }

    public boolean isActive() {
        return active;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getCustomerGroup() {
        return customerGroup;
    }

    public String getChannel() {
        return channel;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public Long getProductId() {
        return productId;
    }

    public Long getBrandId() {
        return brandId;
    }

    public BigDecimal getMinQuantity() {
        return minQuantity;
    }

    public String getFamily() {
        return family;
    }

    public PriceAction getAction() {
        return action;
    }

    public BigDecimal getActionValue() {
        return actionValue;
    }

    public String getCurrency() {
        return currency;
    }

    public boolean isStackable() {
        return stackable;
    }

    public String getSource() {
        return source;
    }

    public long getVersion() {
        return version;
    }
}
