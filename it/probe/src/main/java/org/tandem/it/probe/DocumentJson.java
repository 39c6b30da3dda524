package org.tandem.it.probe;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.tandem.delivery.entity.Delivery;
import org.tandem.delivery.entity.DeliveryLine;
import org.tandem.document.boundary.FlowNode;
import org.tandem.invoice.entity.CreditNote;
import org.tandem.invoice.entity.CreditNoteLine;
import org.tandem.invoice.entity.Invoice;
import org.tandem.invoice.entity.InvoiceLine;
import org.tandem.order.entity.SalesOrder;
import org.tandem.order.entity.SalesOrderLine;
import org.tandem.pricing.entity.LinePrice;
import org.tandem.quotation.entity.Quotation;
import org.tandem.quotation.entity.QuotationLine;
import org.tandem.receivable.entity.Payment;
import org.tandem.returns.entity.CustomerReturn;
import org.tandem.returns.entity.ReturnLine;
import org.tandem.shared.entity.Money;

import java.math.BigDecimal;
import java.util.List;

/** The documents as the step servlet answers them: ids, versions, statuses and every amount as a plain decimal. */
final class DocumentJson {

    private DocumentJson() {
    }

    static JsonObjectBuilder quotation(Quotation q) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (QuotationLine l : q.getLines()) {
            lines.add(price(Json.createObjectBuilder().add("id", l.getId()).add("lineNo", l.getLineNo())
                    .add("productId", l.getProduct().getId()).add("quantity", l.getQuantity())
                    .add("orderedQuantity", l.getOrderedQuantity()), l.getPrice()));
        }
        return totals(Json.createObjectBuilder().add("id", q.getId()).add("number", q.getNumber())
                .add("version", q.getVersion()).add("status", q.getStatus().name())
                .add("customerId", q.getCustomer().getId()).add("currency", q.getCurrency()),
                q.getNetTotal(), q.getVatTotal(), q.getGrossTotal()).add("lines", lines);
    }

    static JsonObjectBuilder order(SalesOrder o) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (SalesOrderLine l : o.getLines()) {
            lines.add(price(Json.createObjectBuilder().add("id", l.getId()).add("lineNo", l.getLineNo())
                    .add("productId", l.getProduct().getId()).add("quantity", l.getQuantity())
                    .add("scheduledQuantity", l.getScheduledQuantity())
                    .add("deliveredQuantity", l.getDeliveredQuantity()), l.getPrice()));
        }
        JsonObjectBuilder json = totals(Json.createObjectBuilder().add("id", o.getId()).add("number", o.getNumber())
                .add("version", o.getVersion()).add("status", o.getStatus().name())
                .add("creditHold", o.isCreditHold()).add("discountHold", o.isDiscountHold()),
                o.getNetTotal(), o.getVatTotal(), o.getGrossTotal()).add("lines", lines);
        if (o.getQuotation() != null) {
            json.add("quotationId", o.getQuotation().getId());
        }
        if (o.getDecidedBy() != null) {
            json.add("decidedBy", o.getDecidedBy());
        }
        return json;
    }

    static JsonObjectBuilder delivery(Delivery d) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (DeliveryLine l : d.getLines()) {
            lines.add(Json.createObjectBuilder().add("id", l.getId()).add("lineNo", l.getLineNo())
                    .add("orderLineId", l.getOrderLine().getId()).add("productId", l.getProduct().getId())
                    .add("quantity", l.getQuantity()).add("returnedQuantity", l.getReturnedQuantity()));
        }
        return Json.createObjectBuilder().add("id", d.getId()).add("number", d.getNumber())
                .add("version", d.getVersion()).add("status", d.getStatus().name())
                .add("orderId", d.getOrder().getId()).add("lines", lines);
    }

    static JsonObjectBuilder invoice(Invoice i) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (InvoiceLine l : i.getLines()) {
            lines.add(Json.createObjectBuilder().add("id", l.getId()).add("lineNo", l.getLineNo())
                    .add("deliveryLineId", l.getDeliveryLine().getId()).add("productId", l.getProduct().getId())
                    .add("quantity", l.getQuantity()).add("unitNetPrice", l.getUnitNetPrice())
                    .add("taxRate", l.getTaxRate()).add("net", l.getLineNet()).add("vat", l.getLineVat())
                    .add("gross", l.getLineGross()));
        }
        JsonObjectBuilder json = totals(Json.createObjectBuilder().add("id", i.getId())
                .add("version", i.getVersion()).add("status", i.getStatus().name()),
                i.getNetTotal(), i.getVatTotal(), i.getGrossTotal())
                .add("paid", i.getPaidAmount().getAmount()).add("credited", i.getCreditedAmount().getAmount())
                .add("open", i.getOpenAmount().getAmount()).add("lines", lines);
        if (i.getNumber() != null) {
            json.add("number", i.getNumber()).add("invoiceDate", i.getInvoiceDate().toString())
                    .add("dueDate", i.getDueDate().toString());
        }
        if (i.getNote() != null) {
            json.add("note", i.getNote());
        }
        return json;
    }

    static JsonArrayBuilder invoices(List<Invoice> invoices) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        invoices.forEach(i -> array.add(invoice(i)));
        return array;
    }

    static JsonObjectBuilder payment(Payment p) {
        return Json.createObjectBuilder().add("id", p.getId()).add("number", p.getNumber())
                .add("amount", p.getAmount().getAmount());
    }

    static JsonObjectBuilder customerReturn(CustomerReturn r) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (ReturnLine l : r.getLines()) {
            lines.add(Json.createObjectBuilder().add("id", l.getId()).add("deliveryLineId", l.getDeliveryLine().getId())
                    .add("quantity", l.getQuantity()));
        }
        return Json.createObjectBuilder().add("id", r.getId()).add("number", r.getNumber())
                .add("version", r.getVersion()).add("status", r.getStatus().name()).add("lines", lines);
    }

    static JsonObjectBuilder creditNote(CreditNote c) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (CreditNoteLine l : c.getLines()) {
            lines.add(Json.createObjectBuilder().add("id", l.getId()).add("invoiceLineId", l.getInvoiceLine().getId())
                    .add("quantity", l.getQuantity()).add("unitNetPrice", l.getUnitNetPrice())
                    .add("taxRate", l.getTaxRate()).add("net", l.getLineNet()).add("vat", l.getLineVat())
                    .add("gross", l.getLineGross()));
        }
        return totals(Json.createObjectBuilder().add("id", c.getId()).add("number", c.getNumber())
                .add("invoiceId", c.getInvoice().getId()).add("invoiceNumber", c.getInvoice().getNumber())
                .add("returnId", c.getCustomerReturn().getId()),
                c.getNetTotal(), c.getVatTotal(), c.getGrossTotal()).add("lines", lines);
    }

    static JsonArrayBuilder flow(List<FlowNode> nodes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (FlowNode n : nodes) {
            JsonObjectBuilder node = Json.createObjectBuilder().add("kind", n.kind().name()).add("id", n.id())
                    .add("current", n.current());
            if (n.number() != null) {
                node.add("number", n.number());
            }
            if (n.status() != null) {
                node.add("status", n.status().name());
            }
            array.add(node);
        }
        return array;
    }

    private static JsonObjectBuilder price(JsonObjectBuilder line, LinePrice price) {
        return line.add("unitPrice", price.getUnitPrice()).add("unitNetPrice", price.getUnitNetPrice())
                .add("taxRate", price.getTaxRate()).add("pricesIncludeTax", price.isPricesIncludeTax())
                .add("needsApproval", price.isNeedsApproval())
                .add("net", price.getLineNet()).add("vat", price.getLineVat()).add("gross", price.getLineGross())
                .add("explainedBy", String.join("; ", price.getAdjustments().stream()
                        .map(a -> a.getSource() == null ? "" : a.getSource()).toList()));
    }

    static JsonObjectBuilder promotion(org.tandem.promotion.entity.PromotionRequest r) {
        return Json.createObjectBuilder().add("id", r.getId()).add("number", r.getNumber())
                .add("status", r.getStatus().name()).add("version", r.getVersion())
                .add("awaiting", r.getAwaiting() == null ? "" : r.getAwaiting().name())
                .add("committed", r.getCommitted()).add("released", r.getReleased());
    }

    private static JsonObjectBuilder totals(JsonObjectBuilder json, Money net, Money vat, Money gross) {
        return json.add("net", amount(net)).add("vat", amount(vat)).add("gross", amount(gross));
    }

    private static BigDecimal amount(Money money) {
        return money.getAmount();
    }
}
