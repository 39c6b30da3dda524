package org.tandem.campaign.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One category of a campaign budget: what is planned, what approved requests have committed, what was spent.
 * Immutable, so that the campaign replaces a line as a whole and EclipseLink writes exactly the changed row.
 */
@Embeddable
public class BudgetLine {

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal planned;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal committed;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal actual;

    protected BudgetLine() {
    }

    BudgetLine(BigDecimal planned, BigDecimal committed, BigDecimal actual) {
        this.planned = planned;
        this.committed = committed;
        this.actual = actual;
    }

    static BudgetLine planned(BigDecimal amount) {
        return new BudgetLine(amount, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    BudgetLine replan(BigDecimal amount) {
        return new BudgetLine(amount, committed, actual);
    }

    BudgetLine commit(BigDecimal amount) {
        return new BudgetLine(planned, committed.add(amount), actual);
    }

    BudgetLine spend(BigDecimal amount) {
        return new BudgetLine(planned, committed, actual.add(amount));
    }

    public BigDecimal getPlanned() {
        return planned;
    }

    public BigDecimal getCommitted() {
        return committed;
    }

    public BigDecimal getActual() {
        return actual;
    }

    /** What may still be committed. */
    public BigDecimal getAvailable() {
        return planned.subtract(committed);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BudgetLine other && planned.compareTo(other.planned) == 0
                && committed.compareTo(other.committed) == 0 && actual.compareTo(other.actual) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(planned.stripTrailingZeros(), committed.stripTrailingZeros(), actual.stripTrailingZeros());
    }
}
