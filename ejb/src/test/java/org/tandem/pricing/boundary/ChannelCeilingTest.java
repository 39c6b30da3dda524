package org.tandem.pricing.boundary;

import jakarta.ejb.SessionContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.customer.entity.Channel;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.order.boundary.OrderProcessing;
import org.tandem.order.entity.OrderStatus;
import org.tandem.order.entity.SalesOrder;
import org.tandem.organization.entity.Role;
import org.tandem.pricing.control.DiscountAuthority;
import org.tandem.pricing.entity.ChannelPolicy;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.testing.Beans;
import org.tandem.testing.Callers;
import org.tandem.testing.Market;
import org.tandem.testing.MigratedDatabase;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A channel's discount ceiling caps the manual discount authority of whoever prices for its customers: a rep
 * (own authority 5 %) may give a traditional-trade outlet 4 % once marketing sets that channel's ceiling at 3 %
 * only with a sales manager's approval; a customer of another channel is not touched.
 */
class ChannelCeilingTest {

    private static final SessionContext REP = Callers.as("wei", Role.Names.SALES_REP);

    private static MigratedDatabase db;
    private static Market market;
    private static Customer outlet;
    private static Customer distributor;

    @BeforeAll
    static void market() {
        db = MigratedDatabase.create("channel-ceiling");
        db.inTransaction(em -> {
            market = Market.build(em);
            outlet = market.customer("OUT1", CustomerKind.RETAIL_OUTLET, market.pudong, Channel.TRADITIONAL_TRADE, null);
            distributor = market.customer("DIS1", CustomerKind.DISTRIBUTOR, market.pudong, Channel.DISTRIBUTION, null);
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theCeilingOfTheCustomersChannelChangesWhatARepMayGive() {
        assertFalse(fourPercentFor(outlet).needsApproval(), "within the rep's own 5 %");

        ChannelPolicy policy = policies(p -> p.set(Channel.TRADITIONAL_TRADE, 0, market.list.getId(), new BigDecimal("3"), 45));
        assertEquals(new BigDecimal("3.00"), policy.getDiscountCeiling());

        assertTrue(fourPercentFor(outlet).needsApproval(), "beyond the channel's 3 %");
        assertFalse(fourPercentFor(distributor).needsApproval(), "another channel keeps the rep's 5 %");
        assertFalse(pricedFor(outlet, "3").needsApproval(), "exactly the ceiling");

        // and so an order with it waits for a sales manager
        SalesOrder order = orders(o -> o.create(outlet.getId(), null, null, List.of(line("4"))));
        assertEquals(OrderStatus.AWAITING_APPROVAL, orders(o -> o.confirm(order.getId(), order.getVersion())).getStatus());

        // a ceiling above the rep's own authority does not raise it
        policies(p -> p.set(Channel.TRADITIONAL_TRADE, policy.getVersion(), null, new BigDecimal("20"), 45));
        assertTrue(pricedFor(outlet, "6").needsApproval());
    }

    @Test
    void aNewCustomerOfTheChannelStartsWithItsPaymentTerms() {
        assertEquals(Customer.DEFAULT_PAYMENT_TERMS_DAYS, (int) policies(p -> p.paymentTermsFor(Channel.KEY_ACCOUNT)));
        policies(p -> p.set(Channel.KEY_ACCOUNT, 0, null, null, 60));
        assertEquals(60, (int) policies(p -> p.paymentTermsFor(Channel.KEY_ACCOUNT)));
        assertEquals(Channel.values().length, policies(ChannelPolicies::policies).size());
    }

    @Test
    void aPolicyOutOfRangeIsRefused() {
        assertEquals("tandem.channel.ceiling.range", assertThrows(RuleViolation.class,
                () -> policies(p -> p.set(Channel.HORECA, 0, null, new BigDecimal("100.01"), 30))).getKey());
        assertEquals("tandem.channel.terms.range", assertThrows(RuleViolation.class,
                () -> policies(p -> p.set(Channel.HORECA, 0, null, null, 366))).getKey());
    }

    private static PricedLine fourPercentFor(Customer customer) {
        return pricedFor(customer, "4");
    }

    private static PricedLine pricedFor(Customer customer, String percent) {
        return db.fromTransaction(em -> withRepAuthority(Beans.wire(new Pricing(), em, REP, Clock.systemDefaultZone()))
                .priceLine(PriceInquiry.forCustomer(customer, LocalDate.of(2026, 3, 10), List.of(line(percent)))));
    }

    private static PriceInquiry.Line line(String percent) {
        return new PriceInquiry.Line(market.product.getId(), BigDecimal.TEN, new BigDecimal(percent));
    }

    private static <T> T orders(Function<OrderProcessing, T> call) {
        return db.fromTransaction(em -> call.apply(withRepAuthority(
                Beans.wire(new OrderProcessing(), em, REP, Clock.systemDefaultZone()))));
    }

    private static <T> T policies(Function<ChannelPolicies, T> call) {
        return db.fromTransaction(em -> call.apply(Beans.with(new ChannelPolicies(), "em", em)));
    }

    /** The rep's own authority as the default setting gives it: 5 %. */
    private static <B> B withRepAuthority(B bean) {
        return Beans.with(bean, "authority", new DiscountAuthority() {
            @Override
            public BigDecimal of(Predicate<String> callerInRole) {
                return new BigDecimal("5");
            }
        });
    }
}
