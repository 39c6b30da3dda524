package org.tandem.pricing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One step from a line's list price to its unit price: what changed it ({@code kind}, and the rule's id and name,
 * or none for a manual discount), by how much per unit (negative lowers the price), and the unit price after it.
 * {@code messageKey} with {@code arguments} says it in the user's language, e.g. "Channel discount −5 %".
 */
public record Adjustment(AdjustmentKind kind, Long ruleId, String source, BigDecimal amountPerUnit,
                         BigDecimal priceAfter, String messageKey, List<Object> arguments) implements Serializable {

    public Adjustment {
        arguments = List.copyOf(arguments);
    }

    // Jakarta EL 5 reads JavaBean getters, not record accessors
    public AdjustmentKind getKind() {
        return kind;
    }

    public Long getRuleId() {
        return ruleId;
    }

    public String getSource() {
        return source;
    }

    public BigDecimal getAmountPerUnit() {
        return amountPerUnit;
    }

    public BigDecimal getPriceAfter() {
        return priceAfter;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<Object> getArguments() {
        return arguments;
    }
}
