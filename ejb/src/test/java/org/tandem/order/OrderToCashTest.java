package org.tandem.order;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tandem.catalog.entity.Brand;
import org.tandem.catalog.entity.Product;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.delivery.boundary.DeliveryQuantity;
import org.tandem.delivery.boundary.Shipping;
import org.tandem.delivery.entity.Delivery;
import org.tandem.document.boundary.DocumentFlow;
import org.tandem.document.boundary.DocumentKind;
import org.tandem.document.boundary.FlowNode;
import org.tandem.invoice.boundary.Invoicing;
import org.tandem.invoice.entity.CreditNote;
import org.tandem.invoice.entity.Invoice;
import org.tandem.invoice.entity.InvoiceStatus;
import org.tandem.order.boundary.OrderProcessing;
import org.tandem.order.entity.OrderStatus;
import org.tandem.order.entity.SalesOrder;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.UserAccount;
import org.tandem.pricing.boundary.PriceInquiry;
import org.tandem.pricing.boundary.Pricing;
import org.tandem.pricing.control.DiscountAuthority;
import org.tandem.pricing.entity.PriceList;
import org.tandem.pricing.entity.PriceListEntry;
import org.tandem.quotation.boundary.Quotations;
import org.tandem.quotation.entity.Quotation;
import org.tandem.quotation.entity.QuotationStatus;
import org.tandem.receivable.boundary.AgeingRow;
import org.tandem.receivable.boundary.PaymentReceipt;
import org.tandem.receivable.boundary.Receivables;
import org.tandem.receivable.entity.Payment;
import org.tandem.receivable.entity.PaymentMethod;
import org.tandem.returns.boundary.ReturnQuantity;
import org.tandem.returns.boundary.Returns;
import org.tandem.returns.entity.CustomerReturn;
import org.tandem.returns.entity.ReturnReason;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.entity.Money;
import org.tandem.testing.Beans;
import org.tandem.testing.Callers;
import org.tandem.testing.MigratedDatabase;
import org.tandem.testing.ShanghaiTeam;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Order to cash through the session beans on H2 migrated by the real migrations, each call in its own
 * transaction as the role that does that step, amounts checked to the cent. Two products at 13 % VAT on a net
 * price list: A at 128.00, B at 33.335 (a price whose line total 3 × 33.335 = 100.005 rounds half-up to 100.01).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrderToCashTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final SessionContext REP = Callers.as("wei", Role.Names.SALES_REP);
    private static final SessionContext MANAGER = Callers.as("lina", Role.Names.SALES_MANAGER);
    private static final SessionContext FINANCE = Callers.as("cai", Role.Names.FINANCE);
    private static final SessionContext OTHER_REP = Callers.as("fang", Role.Names.SALES_REP);

    private static MigratedDatabase db;
    private static long customerId;
    private static long productA;
    private static long productB;
    private static Clock clock = clockAt(LocalDate.of(2026, 3, 10));

    // the chain as it is built, step by step
    private static long quotationId;
    private static long orderId;
    private static long firstDeliveryId;
    private static long secondDeliveryId;
    private static long firstInvoiceId;
    private static long secondInvoiceId;
    private static long creditNoteId;

    @BeforeAll
    static void customerAndPrices() {
        db = MigratedDatabase.create("ordertocash");
        db.inTransaction(em -> {
            ShanghaiTeam team = ShanghaiTeam.persist(em);
            Territory pudong = team.pudong();
            UserAccount wei = team.wei();
            Customer customer = new Customer("PD1", "浦东鑫盛酒业", CustomerKind.DISTRIBUTOR, pudong, wei, null,
                    Money.of("5000", "CNY"));
            em.persist(customer);
            Brand brand = new Brand("HX", "红星", "Baijiu");
            em.persist(brand);
            BigDecimal vat = new BigDecimal("0.13");
            Product a = new Product("HX-500", "红星 500ml", brand, "BTL", 6, null, vat);
            Product b = new Product("HX-250", "红星 250ml", brand, "BTL", 12, null, vat);
            em.persist(a);
            em.persist(b);
            PriceList list = new PriceList("BASE", "Base", "CNY", LocalDate.of(2026, 1, 1));
            em.persist(list);
            em.persist(new PriceListEntry(list, a, new BigDecimal("128.00"), null, null));
            em.persist(new PriceListEntry(list, b, new BigDecimal("33.335"), null, null));
            em.flush();
            customerId = customer.getId();
            productA = a.getId();
            productB = b.getId();
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    @Order(1)
    void aQuotationIsPricedPerLineAndAccepted() {
        Quotation quotation = as(REP, new Quotations(), q -> q.create(customerId, LocalDate.of(2026, 3, 31), "first",
                List.of(line(productA, "10"), line(productB, "3"))));
        assertEquals("QT-2026-" + String.format("%06d", quotation.getId()), quotation.getNumber());
        assertEquals(Money.of("1380.01", "CNY"), quotation.getNetTotal());
        assertEquals(Money.of("179.40", "CNY"), quotation.getVatTotal());
        assertEquals(Money.of("1559.41", "CNY"), quotation.getGrossTotal());
        quotationId = quotation.getId();

        Quotation sent = as(REP, new Quotations(), q -> q.send(quotationId, quotation.getVersion()));
        Quotation accepted = as(REP, new Quotations(), q -> q.accept(quotationId, sent.getVersion()));
        assertEquals(QuotationStatus.ACCEPTED, accepted.getStatus());
        // the explanation survives the round trip through the database
        Quotation read = as(REP, new Quotations(), q -> q.quotation(quotationId));
        assertEquals(new BigDecimal("128.0000"), read.getLines().get(0).getPrice().getBasePrice());
        assertTrue(read.getLines().get(0).getPrice().getAdjustments().isEmpty());
    }

    @Test
    @Order(2)
    void theAcceptedQuotationBecomesAConfirmedOrder() {
        Quotation quotation = as(REP, new Quotations(), q -> q.quotation(quotationId));
        Map<Long, BigDecimal> quantities = Map.of(quotation.getLines().get(0).getId(), new BigDecimal("10"),
                quotation.getLines().get(1).getId(), new BigDecimal("3"));
        SalesOrder order = as(REP, new OrderProcessing(),
                o -> o.createFromQuotation(quotationId, quotation.getVersion(), "PO-778", quantities));
        orderId = order.getId();
        assertEquals(Money.of("1559.41", "CNY"), order.getGrossTotal());

        SalesOrder confirmed = as(REP, new OrderProcessing(), o -> o.confirm(orderId, order.getVersion()));
        assertEquals(OrderStatus.CONFIRMED, confirmed.getStatus());
        // the quotation is fully ordered: nothing more can be ordered from it
        Quotation after = as(REP, new Quotations(), q -> q.quotation(quotationId));
        RuleViolation again = assertThrows(RuleViolation.class, () -> as(REP, new OrderProcessing(),
                o -> o.createFromQuotation(quotationId, after.getVersion(), null,
                        Map.of(after.getLines().get(0).getId(), BigDecimal.ONE))));
        assertEquals("tandem.quotation.overOrder", again.getKey());
    }

    @Test
    @Order(3)
    void aPartialDeliveryIsShippedAndInvoiced() {
        SalesOrder order = as(REP, new OrderProcessing(), o -> o.order(orderId));
        long lineA = order.getLines().get(0).getId();
        long lineB = order.getLines().get(1).getId();
        Delivery planned = as(REP, new Shipping(), s -> s.plan(orderId, order.getVersion(), LocalDate.of(2026, 3, 11),
                List.of(new DeliveryQuantity(lineA, new BigDecimal("5")), new DeliveryQuantity(lineB, new BigDecimal("3")))));
        firstDeliveryId = planned.getId();
        // the warehouse had only four of A
        Delivery changed = as(REP, new Shipping(), s -> s.change(firstDeliveryId, planned.getVersion(),
                List.of(new DeliveryQuantity(planned.getLines().get(0).getId(), new BigDecimal("4")))));
        as(REP, new Shipping(), s -> s.ship(firstDeliveryId, changed.getVersion()));
        assertEquals(OrderStatus.PARTLY_DELIVERED, as(REP, new OrderProcessing(), o -> o.order(orderId)).getStatus());

        Invoice draft = as(FINANCE, new Invoicing(), i -> i.bill(List.of(firstDeliveryId), false)).get(0);
        Invoice issued = as(FINANCE, new Invoicing(), i -> i.issue(draft.getId(), draft.getVersion()));
        firstInvoiceId = issued.getId();
        assertEquals("INV-2026-000001", issued.getNumber());
        assertEquals(LocalDate.of(2026, 4, 9), issued.getDueDate());
        // A: 4 × 128.00 = 512.00 + 66.56; B: 100.01 + 13.00
        assertEquals(Money.of("612.01", "CNY"), issued.getNetTotal());
        assertEquals(Money.of("79.56", "CNY"), issued.getVatTotal());
        assertEquals(Money.of("691.57", "CNY"), issued.getGrossTotal());

        RuleViolation edit = assertThrows(RuleViolation.class,
                () -> as(FINANCE, new Invoicing(), i -> i.describe(firstInvoiceId, issued.getVersion(), "changed")));
        assertEquals("tandem.document.illegalMove", edit.getKey());
        RuleViolation twice = assertThrows(RuleViolation.class,
                () -> as(FINANCE, new Invoicing(), i -> i.bill(List.of(firstDeliveryId), false)));
        assertEquals("tandem.invoice.alreadyBilled", twice.getKey());
    }

    @Test
    @Order(4)
    void theRestIsDeliveredAndInvoicedUnderTheNextNumber() {
        SalesOrder order = as(REP, new OrderProcessing(), o -> o.order(orderId));
        long lineA = order.getLines().get(0).getId();
        RuleViolation over = assertThrows(RuleViolation.class, () -> as(REP, new Shipping(),
                s -> s.plan(orderId, order.getVersion(), LocalDate.of(2026, 3, 12),
                        List.of(new DeliveryQuantity(lineA, new BigDecimal("7"))))));
        assertEquals("tandem.delivery.overDelivery", over.getKey());

        Delivery planned = as(REP, new Shipping(), s -> s.plan(orderId, order.getVersion(), LocalDate.of(2026, 3, 12),
                List.of(new DeliveryQuantity(lineA, new BigDecimal("6")))));
        secondDeliveryId = planned.getId();
        as(REP, new Shipping(), s -> s.ship(secondDeliveryId, planned.getVersion()));
        assertEquals(OrderStatus.DELIVERED, as(REP, new OrderProcessing(), o -> o.order(orderId)).getStatus());

        Invoice draft = as(FINANCE, new Invoicing(), i -> i.bill(List.of(secondDeliveryId), true)).get(0);
        Invoice issued = as(FINANCE, new Invoicing(), i -> i.issue(draft.getId(), draft.getVersion()));
        secondInvoiceId = issued.getId();
        assertEquals("INV-2026-000002", issued.getNumber());
        assertEquals(Money.of("867.84", "CNY"), issued.getGrossTotal());
    }

    @Test
    @Order(5)
    void aPaymentSettlesOneInvoiceAndPartOfTheOther() {
        RuleViolation tooMuch = assertThrows(RuleViolation.class, () -> as(FINANCE, new Receivables(),
                r -> r.record(new PaymentReceipt(customerId, LocalDate.of(2026, 3, 10), PaymentMethod.BANK_TRANSFER,
                        null, new BigDecimal("700.00"),
                        List.of(new PaymentReceipt.Part(firstInvoiceId, new BigDecimal("700.00")))))));
        assertEquals("tandem.payment.overAllocated", tooMuch.getKey());

        Payment payment = as(FINANCE, new Receivables(), r -> r.record(new PaymentReceipt(customerId,
                LocalDate.of(2026, 3, 10), PaymentMethod.BANK_TRANSFER, "HSBC 0042", new BigDecimal("1000.00"),
                List.of(new PaymentReceipt.Part(firstInvoiceId, new BigDecimal("691.57")),
                        new PaymentReceipt.Part(secondInvoiceId, new BigDecimal("308.43"))))));
        assertEquals(Money.of("1000.00", "CNY"), payment.getAmount());
        Invoice first = as(FINANCE, new Invoicing(), i -> i.invoice(firstInvoiceId));
        Invoice second = as(FINANCE, new Invoicing(), i -> i.invoice(secondInvoiceId));
        assertEquals(InvoiceStatus.PAID, first.getStatus());
        assertEquals(InvoiceStatus.PARTLY_PAID, second.getStatus());
        assertEquals(Money.of("559.41", "CNY"), second.getOpenAmount());
    }

    @Test
    @Order(6)
    void aReturnIsCreditedAgainstTheInvoiceThatBilledIt() {
        Delivery delivery = as(REP, new Shipping(), s -> s.delivery(secondDeliveryId));
        long line = delivery.getLines().get(0).getId();
        RuleViolation tooMany = assertThrows(RuleViolation.class, () -> as(REP, new Returns(),
                r -> r.request(secondDeliveryId, null, List.of(new ReturnQuantity(line, new BigDecimal("7"), ReturnReason.DAMAGED)))));
        assertEquals("tandem.return.overReturn", tooMany.getKey());

        CustomerReturn requested = as(REP, new Returns(), r -> r.request(secondDeliveryId, "two broken",
                List.of(new ReturnQuantity(line, new BigDecimal("2"), ReturnReason.DAMAGED))));
        // four remain returnable: five more are refused even while the first return is open
        RuleViolation beyond = assertThrows(RuleViolation.class, () -> as(REP, new Returns(),
                r -> r.request(secondDeliveryId, null, List.of(new ReturnQuantity(line, new BigDecimal("5"), ReturnReason.OTHER)))));
        assertEquals("tandem.return.overReturn", beyond.getKey());

        as(REP, new Returns(), r -> r.receive(requested.getId(), requested.getVersion()));
        CreditNote note = as(FINANCE, new Invoicing(), i -> i.credit(requested.getId()));
        creditNoteId = note.getId();
        assertEquals("CN-2026-000001", note.getNumber());
        assertEquals(secondInvoiceId, note.getInvoice().getId());
        assertEquals(Money.of("256.00", "CNY"), note.getNetTotal());
        assertEquals(Money.of("33.28", "CNY"), note.getVatTotal());
        assertEquals(Money.of("289.28", "CNY"), note.getGrossTotal());
        assertEquals(Money.of("270.13", "CNY"), as(FINANCE, new Invoicing(), i -> i.invoice(secondInvoiceId)).getOpenAmount());
    }

    @Test
    @Order(7)
    void theCreditNoteShowsTheWholeFlowBackToTheQuotation() {
        List<FlowNode> flow = as(REP, new DocumentFlow(), f -> f.of(DocumentKind.CREDIT_NOTE, creditNoteId));
        assertEquals(List.of(DocumentKind.QUOTATION, DocumentKind.SALES_ORDER, DocumentKind.DELIVERY,
                DocumentKind.DELIVERY, DocumentKind.INVOICE, DocumentKind.INVOICE, DocumentKind.PAYMENT,
                DocumentKind.RETURN, DocumentKind.CREDIT_NOTE), flow.stream().map(FlowNode::kind).toList());
        assertEquals(List.of(creditNoteId), flow.stream().filter(FlowNode::current).map(FlowNode::id).toList());
        RuleViolation hidden = assertThrows(RuleViolation.class,
                () -> as(OTHER_REP, new DocumentFlow(), f -> f.of(DocumentKind.SALES_ORDER, orderId)));
        assertEquals("tandem.document.notFound", hidden.getKey());
    }

    @Test
    @Order(8)
    void whatIsOwedIsAgedByDueDate() {
        List<AgeingRow> ageing = as(FINANCE, new Receivables(), r -> r.ageing(LocalDate.of(2026, 5, 20)));
        assertEquals(1, ageing.size());
        // due 9 April, 41 days late on 20 May
        assertEquals(Money.of("270.13", "CNY"), ageing.get(0).days31to60());
        assertEquals(Money.of("270.13", "CNY"), ageing.get(0).total());
        assertEquals(Money.of("0.00", "CNY"), ageing.get(0).notDue());
    }

    @Test
    @Order(9)
    void anOrderOverTheCreditLimitWaitsForTheManager() {
        // receivables 270.13 + this order 40 × 144.64 = 5785.60 > 5000
        SalesOrder order = as(REP, new OrderProcessing(), o -> o.create(customerId, null, null, List.of(line(productA, "40"))));
        SalesOrder held = as(REP, new OrderProcessing(), o -> o.confirm(order.getId(), order.getVersion()));
        assertEquals(OrderStatus.AWAITING_APPROVAL, held.getStatus());
        assertTrue(held.isCreditHold());
        assertEquals("270.13 + 0.00 + 5785.60 > 5000.00", held.getHoldNote());
        assertEquals(1, as(MANAGER, new OrderProcessing(), o -> o.awaitingApproval(PageRequest.firstPage(10))).total());
        SalesOrder approved = as(MANAGER, new OrderProcessing(), o -> o.approve(held.getId(), held.getVersion()));
        assertEquals(OrderStatus.CONFIRMED, approved.getStatus());
        assertEquals("lina", approved.getDecidedBy());
    }

    @Test
    @Order(10)
    void aDiscountBeyondAuthorityWaitsAndACancelledOrderCannotBeConfirmed() {
        SalesOrder order = as(REP, new OrderProcessing(), o -> o.create(customerId, null, null,
                List.of(new PriceInquiry.Line(productB, BigDecimal.ONE, new BigDecimal("10")))));
        assertTrue(order.getLines().get(0).getPrice().isNeedsApproval());
        SalesOrder held = as(REP, new OrderProcessing(), o -> o.confirm(order.getId(), order.getVersion()));
        assertTrue(held.isDiscountHold());
        SalesOrder back = as(MANAGER, new OrderProcessing(), o -> o.sendBack(held.getId(), held.getVersion(), "5 % at most"));
        assertEquals(OrderStatus.DRAFT, back.getStatus());
        SalesOrder cancelled = as(REP, new OrderProcessing(), o -> o.cancel(back.getId(), back.getVersion(), "customer withdrew"));

        RuleViolation confirm = assertThrows(RuleViolation.class,
                () -> as(REP, new OrderProcessing(), o -> o.confirm(cancelled.getId(), cancelled.getVersion())));
        assertEquals("tandem.document.illegalMove", confirm.getKey());
        assertEquals(OrderStatus.CANCELLED, confirm.getArguments()[1]);
        RuleViolation stale = assertThrows(RuleViolation.class,
                () -> as(REP, new OrderProcessing(), o -> o.cancel(cancelled.getId(), order.getVersion(), "again")));
        assertEquals("tandem.concurrentChange", stale.getKey());
    }

    @Test
    @Order(11)
    void badLinesAreRefusedAndNothingIsWritten() {
        long before = db.read(em -> em.createQuery("select count(o) from SalesOrder o", Long.class).getSingleResult());
        assertEquals("tandem.pricing.quantityNotPositive", refusedOrder(line(productA, "0")));
        assertEquals("tandem.pricing.quantityNotPositive", refusedOrder(line(productA, "-2")));
        assertEquals("tandem.pricing.unknownProduct", refusedOrder(line(987654L, "1")));
        clock = clockAt(LocalDate.of(2025, 12, 31));
        try {
            assertEquals("tandem.pricing.noPrice", refusedOrder(line(productA, "1")));
        } finally {
            clock = clockAt(LocalDate.of(2026, 3, 10));
        }
        RuleViolation hidden = assertThrows(RuleViolation.class, () -> as(OTHER_REP, new OrderProcessing(),
                o -> o.create(customerId, null, null, List.of(line(productA, "1")))));
        assertEquals("tandem.customer.notVisible", hidden.getKey());
        long after = db.read(em -> em.createQuery("select count(o) from SalesOrder o", Long.class).getSingleResult());
        assertEquals(before, after);
    }

    @Test
    @Order(12)
    void theSalesForcePricesOnlyForCustomersItSees() {
        PriceInquiry inquiry = new PriceInquiry(customerId, null, "DISTRIBUTION", LocalDate.of(2026, 3, 10), "CNY",
                List.of(line(productA, "1")));
        assertEquals(new BigDecimal("128.0000"), as(REP, new Pricing(), p -> p.priceLine(inquiry)).unitPrice());
        RuleViolation hidden = assertThrows(RuleViolation.class, () -> as(OTHER_REP, new Pricing(), p -> p.price(inquiry)));
        assertEquals("tandem.customer.notVisible", hidden.getKey());
        SessionContext marketing = Callers.as("mei", Role.Names.MARKETING);
        assertEquals(1, as(marketing, new Pricing(), p -> p.price(inquiry)).size());
    }

    private static String refusedOrder(PriceInquiry.Line line) {
        return assertThrows(RuleViolation.class, () -> as(REP, new OrderProcessing(),
                o -> o.create(customerId, null, null, List.of(line)))).getKey();
    }

    private static PriceInquiry.Line line(long productId, String quantity) {
        return new PriceInquiry.Line(productId, new BigDecimal(quantity), null);
    }

    private static Clock clockAt(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    }

    /** Calls the bean as {@code caller} in a transaction of its own, as the container would. */
    private static <B, T> T as(SessionContext caller, B bean, Function<B, T> call) {
        return db.fromTransaction(em -> call.apply(wire(bean, em, caller)));
    }

    private static <B> B wire(B bean, EntityManager em, SessionContext caller) {
        Beans.wire(bean, em, caller, clock);
        try {
            bean.getClass().getDeclaredField("authority");
            Beans.with(bean, "authority", new DiscountAuthority() {
                @Override
                public BigDecimal of(Predicate<String> callerInRole) {
                    return callerInRole.test(Role.Names.SALES_MANAGER) ? new BigDecimal("15") : new BigDecimal("5");
                }
            });
        } catch (NoSuchFieldException e) {
            // this bean prices nothing
        }
        return bean;
    }
}
