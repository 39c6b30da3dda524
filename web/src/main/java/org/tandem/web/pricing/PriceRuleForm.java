package org.tandem.web.pricing;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tandem.pricing.boundary.PriceRuleTerms;
import org.tandem.pricing.entity.PriceAction;
import org.tandem.pricing.entity.PriceRule;
import org.tandem.shared.entity.Texts;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the rule dialog holds while marketing types: conditions and the action. The customer, territory and brand
 * conditions are not edited here; a rule that has them keeps them.
 */
public class PriceRuleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    @NotBlank
    @Size(max = 100)
    private String name;

    private int sequence = 100;

    @NotNull
    private LocalDate fromDate = LocalDate.now();

    private LocalDate thruDate;
    private boolean active = true;
    private Long customerId;

    @Size(max = 20)
    private String customerGroup;

    @Size(max = 20)
    private String channel;

    private Long territoryId;
    private ProductChoice product;
    private Long brandId;

    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 15, fraction = 4)
    private BigDecimal minQuantity;

    @Size(max = 40)
    private String family;

    @NotNull
    private PriceAction action = PriceAction.PERCENT_OFF;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 4)
    private BigDecimal value;

    @Pattern(regexp = "[A-Z]{3}")
    private String currency = "CNY";

    private boolean stackable = true;

    @Size(max = 200)
    private String source;

    /** The rule as marketing sees it; {@code product} is its product condition, null when it has none. */
    public static PriceRuleForm of(PriceRule rule, ProductChoice product) {
        PriceRuleForm form = new PriceRuleForm();
        form.id = rule.getId();
        form.version = rule.getVersion();
        form.name = rule.getName();
        form.sequence = rule.getSequence();
        form.fromDate = rule.getFromDate();
        form.thruDate = rule.getThruDate();
        form.active = rule.isActive();
        form.customerId = rule.getCustomerId();
        form.customerGroup = rule.getCustomerGroup();
        form.channel = rule.getChannel();
        form.territoryId = rule.getTerritoryId();
        form.product = product;
        form.brandId = rule.getBrandId();
        form.minQuantity = rule.getMinQuantity();
        form.family = rule.getFamily();
        form.action = rule.getAction();
        form.value = rule.getActionValue();
        form.currency = rule.getCurrency();
        form.stackable = rule.isStackable();
        form.source = rule.getSource();
        return form;
    }

    public PriceRuleTerms terms() {
        return new PriceRuleTerms(name, sequence, fromDate, thruDate, active, customerId,
                Texts.blankToNull(customerGroup), Texts.blankToNull(channel), territoryId,
                product == null ? null : product.id(), brandId, minQuantity, Texts.blankToNull(family), action,
                value, Texts.blankToNull(currency), stackable, Texts.blankToNull(source));
    }

    public boolean isNew() {
        return id == null;
    }

    /** Conditions this dialog does not edit but the rule keeps. */
    public boolean isKeepsOtherConditions() {
        return customerId != null || territoryId != null || brandId != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getSequence() {
        return sequence;
    }

    public void setSequence(int sequence) {
        this.sequence = sequence;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getThruDate() {
        return thruDate;
    }

    public void setThruDate(LocalDate thruDate) {
        this.thruDate = thruDate;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getCustomerGroup() {
        return customerGroup;
    }

    public void setCustomerGroup(String customerGroup) {
        this.customerGroup = customerGroup;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public ProductChoice getProduct() {
        return product;
    }

    public void setProduct(ProductChoice product) {
        this.product = product;
    }

    public BigDecimal getMinQuantity() {
        return minQuantity;
    }

    public void setMinQuantity(BigDecimal minQuantity) {
        this.minQuantity = minQuantity;
    }

    public String getFamily() {
        return family;
    }

    public void setFamily(String family) {
        this.family = family;
    }

    public PriceAction getAction() {
        return action;
    }

    public void setAction(PriceAction action) {
        this.action = action;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public boolean isStackable() {
        return stackable;
    }

    public void setStackable(boolean stackable) {
        this.stackable = stackable;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
