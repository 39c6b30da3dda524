package org.tandem.segment;

import jakarta.ejb.SessionContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.customer.entity.Channel;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.organization.entity.Role;
import org.tandem.segment.boundary.SegmentTerms;
import org.tandem.segment.boundary.Segments;
import org.tandem.segment.entity.Positioning;
import org.tandem.segment.entity.Segment;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.testing.Beans;
import org.tandem.testing.Callers;
import org.tandem.testing.Market;
import org.tandem.testing.MigratedDatabase;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A segment's members are whoever meets its criteria, counted by the database: by kind, channel, territory (and
 * everything below it), customer group and last year's revenue (issued invoices of 2025, judged on 2026-03-10).
 */
class SegmentMembershipTest {

    private static final SessionContext MARKETING = Callers.as("mei", Role.Names.MARKETING);
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 3, 10).atStartOfDay(ZoneId.of("Asia/Shanghai"))
            .toInstant(), ZoneId.of("Asia/Shanghai"));

    private static MigratedDatabase db;
    private static Market market;

    @BeforeAll
    static void market() {
        db = MigratedDatabase.create("segments");
        db.inTransaction(em -> {
            market = Market.build(em);
            // revenue 2025: 60,000.00 (a draft and an invoice of 2024 do not count)
            Customer c1 = market.customer("C1", CustomerKind.DISTRIBUTOR, market.pudong, Channel.DISTRIBUTION, "A");
            market.invoice(c1, "ISSUED", LocalDate.of(2025, 6, 30), "40000.00");
            market.invoice(c1, "PAID", LocalDate.of(2025, 12, 31), "20000.00");
            market.invoice(c1, "DRAFT", null, "99999.00");
            market.invoice(c1, "PAID", LocalDate.of(2024, 12, 31), "50000.00");
            // revenue 2025: 25,000.00
            Customer c2 = market.customer("C2", CustomerKind.WHOLESALER, market.minhang, Channel.WHOLESALE, null);
            market.invoice(c2, "ISSUED", LocalDate.of(2025, 1, 1), "10000.00");
            market.invoice(c2, "PARTLY_PAID", LocalDate.of(2025, 8, 8), "15000.00");
            // revenue 2025: none
            market.customer("C3", CustomerKind.RETAIL_OUTLET, market.pudong, Channel.TRADITIONAL_TRADE, "A");
            // revenue 2025: 120,000.00
            Customer c4 = market.customer("C4", CustomerKind.KEY_ACCOUNT, market.chaoyang, Channel.KEY_ACCOUNT, "B");
            market.invoice(c4, "PAID", LocalDate.of(2025, 3, 3), "120000.00");
            // revenue 2025: none (this year's invoice is not last year's revenue)
            Customer c5 = market.customer("C5", CustomerKind.RETAIL_OUTLET, market.chaoyang, Channel.MODERN_TRADE, null);
            market.invoice(c5, "ISSUED", LocalDate.of(2026, 1, 5), "5000.00");
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void eachCriterionSelectsItsCustomers() {
        assertEquals(List.of("C3", "C5"), members(terms("KIND", CustomerKind.RETAIL_OUTLET, null, null, null, null, null)));
        assertEquals(List.of("C2"), members(terms("CHAN", null, Channel.WHOLESALE, null, null, null, null)));
        assertEquals(List.of("C1", "C3"), members(terms("GROUP", null, null, null, "a", null, null)));
        assertEquals(List.of("C4"), members(terms("KA-B", CustomerKind.KEY_ACCOUNT, Channel.KEY_ACCOUNT, null, "B", null, null)));
    }

    @Test
    void aTerritoryTakesInEveryTerritoryBelowIt() {
        assertEquals(List.of("C1", "C2", "C3"), members(terms("REGION", null, null, market.east.getId(), null, null, null)));
        assertEquals(List.of("C1", "C2", "C3"), members(terms("AREA", null, null, market.shanghai.getId(), null, null, null)));
        assertEquals(List.of("C1", "C3"), members(terms("TERR", null, null, market.pudong.getId(), null, null, null)));
        assertEquals(List.of("C4", "C5"), members(terms("NORTH", null, null, market.north.getId(), null, null, null)));
    }

    @Test
    void sizeIsLastYearsNetInvoicedRevenueBoundsIncluded() {
        assertEquals(List.of("C1", "C2"), members(terms("MID", null, null, null, null, "25000.00", "60000.00")));
        assertEquals(List.of("C1"), members(terms("MID2", null, null, null, null, "25000.01", "60000.00")));
        assertEquals(List.of("C2", "C3", "C5"), members(terms("SMALL", null, null, null, null, null, "30000")));
        assertEquals(List.of("C4"), members(terms("LARGE", null, null, null, null, "100000", null)));
        assertEquals(List.of("C3", "C5"), members(terms("NONE", null, null, null, null, null, "0")));
        assertEquals(List.of("C1", "C2"), members(terms("EAST-MID", null, null, market.east.getId(), null, "20000", null)));
    }

    @Test
    void membersArePagedAndCountedLive() {
        Segment segment = as(s -> s.create(terms("LIVE", null, null, market.east.getId(), null, null, null)));
        Page<Customer> firstTwo = as(s -> s.members(segment.getId(), new PageRequest(0, 2, "code", true, Map.of())));
        assertEquals(3, firstTwo.total());
        assertEquals(List.of("C1", "C2"), firstTwo.rows().stream().map(Customer::getCode).toList());
        assertEquals(1, as(s -> s.members(segment.getId(), new PageRequest(0, 2, null, true, Map.of("name", "c3")))).total());
        assertEquals(3L, (long) as(s -> s.memberCount(segment.getId())));

        // a new customer in the region is a member at once: nothing is stored
        db.inTransaction(em -> em.persist(new Customer("C6", "C6", CustomerKind.WHOLESALER, em.find(
                org.tandem.organization.entity.Territory.class, market.minhang.getId()), null, null,
                org.tandem.shared.entity.Money.of("0", "CNY"))));
        try {
            assertEquals(4L, (long) as(s -> s.memberCount(segment.getId())));
        } finally {
            db.inTransaction(em -> em.createQuery("delete from Customer c where c.code = 'C6'").executeUpdate());
        }
    }

    @Test
    void aRevenueBandUpsideDownOrATakenCodeIsRefused() {
        assertEquals("tandem.segment.revenueReversed", assertThrows(RuleViolation.class,
                () -> as(s -> s.create(terms("BAD", null, null, null, null, "10", "5")))).getKey());
        as(s -> s.create(terms("TAKEN", null, null, null, null, null, null)));
        assertEquals("tandem.segment.codeTaken", assertThrows(RuleViolation.class,
                () -> as(s -> s.create(terms("taken", null, null, null, null, null, null)))).getKey());
    }

    @Test
    void aPositioningStatementIsOnePerBrandAndSegmentAndVersioned() {
        Segment segment = as(s -> s.create(terms("POS", CustomerKind.KEY_ACCOUNT, null, null, null, null, null)));
        Positioning first = as(s -> s.position(market.brand.getId(), segment.getId(), 0, "The banquet baijiu"));
        Positioning second = as(s -> s.position(market.brand.getId(), segment.getId(), first.getVersion(), "The gift baijiu"));
        assertEquals(first.getId(), second.getId());
        assertEquals(List.of("The gift baijiu"), as(s -> s.positioning(market.brand.getId())).stream()
                .map(Positioning::getStatement).toList());
        assertEquals("tandem.concurrentChange", assertThrows(RuleViolation.class,
                () -> as(s -> s.position(market.brand.getId(), segment.getId(), first.getVersion(), "stale"))).getKey());
    }

    private static SegmentTerms terms(String code, CustomerKind kind, Channel channel, Long territoryId, String group,
                                      String min, String max) {
        return new SegmentTerms(code, code, kind, channel, territoryId, group, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), false);
    }

    /** The members' codes of a segment with these criteria (created for the purpose). */
    private static List<String> members(SegmentTerms terms) {
        Segment segment = as(s -> s.create(terms));
        return as(s -> s.members(segment.getId(), PageRequest.firstPage(50))).rows().stream().map(Customer::getCode).toList();
    }

    private static <T> T as(Function<Segments, T> call) {
        return db.fromTransaction(em -> call.apply(Beans.with(Beans.wire(new Segments(), em, MARKETING, CLOCK), "clock", CLOCK)));
    }
}
