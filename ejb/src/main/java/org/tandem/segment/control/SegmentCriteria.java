package org.tandem.segment.control;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.tandem.customer.entity.Customer;
import org.tandem.invoice.entity.Invoice;
import org.tandem.invoice.entity.InvoiceStatus;
import org.tandem.organization.entity.Territory;
import org.tandem.segment.entity.Segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A segment's criteria as restrictions of a query over customers, so membership is always computed by the
 * database, never stored. Size is last year's revenue: the net totals of the customer's issued invoices dated in
 * the previous calendar year (a customer without any has revenue 0), compared in a HAVING of a subquery.
 */
public final class SegmentCriteria {

    private SegmentCriteria() {
    }

    /** The restrictions that make {@code customer} a member of {@code segment}, judged on {@code today}. */
    public static Predicate member(CriteriaBuilder cb, AbstractQuery<?> query, Path<Customer> customer,
                                   Segment segment, LocalDate today) {
        List<Predicate> all = new ArrayList<>();
        if (segment.getCustomerKind() != null) {
            all.add(cb.equal(customer.get("kind"), segment.getCustomerKind()));
        }
        if (segment.getChannel() != null) {
            all.add(cb.equal(customer.get("channel"), segment.getChannel()));
        }
        if (segment.getCustomerGroup() != null) {
            all.add(cb.equal(customer.get("customerGroup"), segment.getCustomerGroup()));
        }
        if (segment.getTerritory() != null) {
            all.add(inTerritory(cb, query, customer, segment.getTerritory().getId()));
        }
        BigDecimal min = segment.getMinRevenue();
        BigDecimal max = segment.getMaxRevenue();
        if (min != null && min.signum() > 0) {
            all.add(cb.exists(revenue(cb, query, customer, today, sum -> cb.ge(sum, min))));
        }
        if (max != null) {
            // a customer without invoices last year has revenue 0: within any upper bound that is not negative
            all.add(max.signum() < 0 ? cb.disjunction()
                    : cb.not(cb.exists(revenue(cb, query, customer, today, sum -> cb.gt(sum, max)))));
        }
        return cb.and(all.toArray(Predicate[]::new));
    }

    /** The customer's territory is the given one or lies below it (territories are at most three levels deep). */
    public static Predicate inTerritory(CriteriaBuilder cb, AbstractQuery<?> query, Path<Customer> customer, long territoryId) {
        Subquery<Long> below = query.subquery(Long.class);
        Root<Territory> t = below.from(Territory.class);
        Join<Territory, Territory> parent = t.join("parent", JoinType.LEFT);
        Join<Territory, Territory> grandParent = parent.join("parent", JoinType.LEFT);
        below.select(t.get("id")).where(cb.or(cb.equal(t.get("id"), territoryId),
                cb.equal(parent.get("id"), territoryId), cb.equal(grandParent.get("id"), territoryId)));
        return customer.get("territory").get("id").in(below);
    }

    /** The customer's invoices of last year, if their net total meets {@code condition}. */
    private static Subquery<Long> revenue(CriteriaBuilder cb, AbstractQuery<?> query, Path<Customer> customer,
                                          LocalDate today, Function<Expression<BigDecimal>, Predicate> condition) {
        Subquery<Long> revenue = query.subquery(Long.class);
        Root<Invoice> invoice = revenue.from(Invoice.class);
        return revenue.select(invoice.get("customer").get("id")).where(lastYears(cb, invoice, customer, today))
                .groupBy(invoice.get("customer").get("id"))
                .having(condition.apply(cb.sum(invoice.<BigDecimal>get("netTotal"))));
    }

    private static Predicate lastYears(CriteriaBuilder cb, Root<Invoice> invoice, Path<Customer> customer, LocalDate today) {
        int last = today.getYear() - 1;
        return cb.and(cb.equal(invoice.get("customer"), customer),
                cb.notEqual(invoice.get("status"), InvoiceStatus.DRAFT),
                cb.between(invoice.get("invoiceDate"), LocalDate.of(last, 1, 1), LocalDate.of(last, 12, 31)));
    }
}
