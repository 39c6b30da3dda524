package org.tandem.web.print;

import org.tandem.catalog.entity.Brand;
import org.tandem.catalog.entity.Product;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.customer.entity.CustomerStatus;
import org.tandem.delivery.entity.Delivery;
import org.tandem.invoice.entity.CreditNote;
import org.tandem.invoice.entity.Invoice;
import org.tandem.order.entity.SalesOrder;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.TerritoryLevel;
import org.tandem.pricing.entity.LineAmounts;
import org.tandem.pricing.entity.LinePrice;
import org.tandem.quotation.entity.Quotation;
import org.tandem.quotation.entity.QuotationLine;
import org.tandem.returns.entity.CustomerReturn;
import org.tandem.returns.entity.ReturnReason;
import org.tandem.shared.entity.Money;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;

/**
 * One customer's documents from quotation to credit note, made in memory by the entities' own methods in the
 * order the session beans call them. Only what the database would do is done by hand: drawing ids.
 *
 * <p>Twelve boxes of tea at 85.50 (13 % VAT) and a hundred cups at 2.086 (9 %): net 1,026.00 + 208.60 = 1,234.60,
 * VAT 133.38 + 18.77 = 152.15, gross 1,386.75. Two boxes come back: 171.00 net, 22.23 VAT, 193.23 gross.
 */
final class SalesDocuments {

    static final String CURRENCY = "CNY";
    static final LocalDate QUOTED = LocalDate.of(2026, 3, 2);
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");

    final Customer customer;
    final Product tea = product("TEA-001", "Oolong tea 250 g", "box", "0.13");
    final Product cups = product("CUP-002", "Paper cup 8 oz", "pcs", "0.09");

    SalesDocuments(String customerName) {
        Territory east = new Territory("EAST", "East China", TerritoryLevel.REGION, null);
        customer = new Customer("C-0042", customerName, CustomerKind.WHOLESALER, east, null, null,
                Money.of("100000", CURRENCY));
        customer.describe(customerName, CustomerKind.WHOLESALER, "88 Nanjing Road, Shanghai", "021-5555 0100", null,
                customer.getChannel(), 30, CustomerStatus.ACTIVE);
    }

    Quotation quotation() {
        Quotation quotation = withId(new Quotation(customer, "rep", NOW, QUOTED, QUOTED.plusDays(30), CURRENCY,
                "Delivery to Shanghai included."), 51);
        quotation.assignNumber();
        quotation.replaceLines(List.of(
                new QuotationLine.Draft(tea, new BigDecimal("12"), netPrice("85.50", "12", "0.13")),
                new QuotationLine.Draft(cups, new BigDecimal("100"), netPrice("2.086", "100", "0.09"))));
        return quotation;
    }

    Delivery shippedDelivery() {
        SalesOrder order = withId(new SalesOrder(customer, null, "PO-7781", "rep", NOW, QUOTED, QUOTED.plusDays(5),
                CURRENCY), 151);
        order.assignNumber();
        order.addLine(tea, new BigDecimal("12"), netPrice("85.50", "12", "0.13"), null);
        order.addLine(cups, new BigDecimal("100"), netPrice("2.086", "100", "0.09"), null);
        withId(order.getLines().get(0), 1001);
        withId(order.getLines().get(1), 1002);
        order.confirm(null);
        Delivery delivery = withId(new Delivery(order, QUOTED.plusDays(5), "rep", NOW), 201);
        delivery.assignNumber();
        delivery.plan(1001, new BigDecimal("12"));
        delivery.plan(1002, new BigDecimal("100"));
        withId(delivery.getLines().get(0), 2001);
        withId(delivery.getLines().get(1), 2002);
        delivery.ship("rep", NOW.plusDays(5));
        return delivery;
    }

    Invoice draftInvoice(Delivery delivery) {
        Invoice invoice = withId(new Invoice(customer, CURRENCY, "finance", NOW), 301);
        delivery.getLines().forEach(invoice::bill);
        withId(invoice.getLines().get(0), 3001);
        withId(invoice.getLines().get(1), 3002);
        return invoice;
    }

    Invoice issuedInvoice(Delivery delivery) {
        Invoice invoice = draftInvoice(delivery);
        invoice.issue(7, QUOTED.plusDays(6), 30, "finance");
        return invoice;
    }

    CreditNote creditNote() {
        Delivery delivery = shippedDelivery();
        Invoice invoice = issuedInvoice(delivery);
        CustomerReturn crushed = withId(new CustomerReturn(delivery, "Two boxes crushed", "rep", NOW), 401);
        crushed.assignNumber(QUOTED.plusDays(10));
        crushed.add(2001, new BigDecimal("2"), ReturnReason.DAMAGED);
        crushed.receive("rep", NOW.plusDays(10));
        return new CreditNote(invoice, crushed, List.of(invoice.getLines().get(0)), 3, QUOTED.plusDays(11), "finance");
    }

    private static Product product(String sku, String name, String unit, String taxRate) {
        return new Product(sku, name, new Brand("LEAF", "Leaf & Cup", "BEVERAGES"), unit, 1, null,
                new BigDecimal(taxRate));
    }

    /** A net price as pricing would have given it, without adjustments: pricing's own JSON needs a container. */
    static LinePrice netPrice(String unitPrice, String quantity, String taxRate) {
        LineAmounts amounts = LineAmounts.of(new BigDecimal(unitPrice), new BigDecimal(quantity),
                new BigDecimal(taxRate), false, CURRENCY);
        try {
            Constructor<LinePrice> constructor = LinePrice.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            LinePrice price = constructor.newInstance();
            set(price, "priceListId", 1L);
            set(price, "priceListCode", "STANDARD");
            set(price, "pricesIncludeTax", false);
            set(price, "taxRate", new BigDecimal(taxRate));
            set(price, "basePrice", new BigDecimal(unitPrice));
            set(price, "unitPrice", new BigDecimal(unitPrice));
            set(price, "unitNetPrice", new BigDecimal(unitPrice));
            set(price, "manualDiscountPercent", BigDecimal.ZERO);
            set(price, "needsApproval", false);
            set(price, "explanation", "[]");
            set(price, "lineNet", amounts.net().getAmount());
            set(price, "lineVat", amounts.vat().getAmount());
            set(price, "lineGross", amounts.gross().getAmount());
            return price;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the database does at persist: draws the id. */
    static <T> T withId(T entity, long id) {
        set(entity, "id", id);
        return entity;
    }

    private static void set(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
