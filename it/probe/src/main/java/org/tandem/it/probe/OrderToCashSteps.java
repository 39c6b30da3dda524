package org.tandem.it.probe;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.tandem.delivery.boundary.DeliveryQuantity;
import org.tandem.delivery.boundary.Shipping;
import org.tandem.document.boundary.DocumentFlow;
import org.tandem.document.boundary.DocumentKind;
import org.tandem.invoice.boundary.Invoicing;
import org.tandem.order.boundary.OrderProcessing;
import org.tandem.organization.entity.Role;
import org.tandem.pricing.boundary.PriceInquiry;
import org.tandem.quotation.boundary.Quotations;
import org.tandem.receivable.boundary.PaymentReceipt;
import org.tandem.receivable.boundary.Receivables;
import org.tandem.receivable.entity.PaymentMethod;
import org.tandem.returns.boundary.ReturnQuantity;
import org.tandem.returns.boundary.Returns;
import org.tandem.returns.entity.ReturnReason;
import org.tandem.shared.boundary.RuleViolation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * POST /it-probe/steps/{step} with a JSON body runs one order-to-cash step as the user who logged in (HTTP Basic,
 * see {@link ProbeLogin}): one session bean call, so one transaction. It answers
 * {"outcome": "done", "result": …}, {"outcome": "violation", "key": …, "arguments": […]},
 * {"outcome": "refused"} (EJBAccessException), {"outcome": "invalid", "messages": […]} (Bean Validation) or
 * {"outcome": "error", "exception": …}. A {@code version} left out of the body is read first, as a screen would
 * have it. Part of the test EAR only.
 */
@WebServlet("/steps/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.Names.SALES_REP, Role.Names.SALES_MANAGER, Role.Names.MARKETING,
        Role.Names.MARKETING_MANAGER, Role.Names.FINANCE, Role.Names.GENERAL_MANAGER, Role.Names.ADMIN,
        Role.Names.INTEGRATION}))
public class OrderToCashSteps extends HttpServlet {

    @EJB Quotations quotations;
    @EJB OrderProcessing orders;
    @EJB Shipping shipping;
    @EJB Invoicing invoicing;
    @EJB Receivables receivables;
    @EJB Returns returns;
    @EJB DocumentFlow flow;
    @EJB org.tandem.promotion.boundary.PromotionRequests promotions;
    @EJB org.tandem.promotion.boundary.OrganisationSettings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String step = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        JsonObject body;
        try (var reader = Json.createReader(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8))) {
            body = reader.readObject();
        }
        JsonObjectBuilder answer = Json.createObjectBuilder();
        try {
            answer.add("outcome", "done").add("result", run(step, body));
        } catch (RuleViolation e) {
            answer.add("outcome", "violation").add("key", e.getKey()).add("arguments", arguments(e.getArguments()));
        } catch (EJBAccessException e) {
            answer.add("outcome", "refused");
        } catch (RuntimeException e) {
            ConstraintViolationException invalid = find(e, ConstraintViolationException.class);
            if (invalid != null) {
                JsonArrayBuilder messages = Json.createArrayBuilder();
                invalid.getConstraintViolations().forEach(v -> messages.add(v.getPropertyPath() + ": " + v.getMessage()));
                answer.add("outcome", "invalid").add("messages", messages);
            } else {
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                answer.add("outcome", "error").add("exception", e + " / root: " + root);
            }
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(answer.build().toString());
    }

    protected JsonValue run(String step, JsonObject b) {
        return switch (step) {
            case "quotation.create" -> DocumentJson.quotation(quotations.create(id(b, "customerId"),
                    LocalDate.parse(b.getString("validUntil")), null, priceLines(b))).build();
            case "quotation.get" -> DocumentJson.quotation(quotations.quotation(id(b, "id"))).build();
            case "quotation.send" -> DocumentJson.quotation(quotations.send(id(b, "id"),
                    version(b, () -> quotations.quotation(id(b, "id")).getVersion()))).build();
            case "quotation.accept" -> DocumentJson.quotation(quotations.accept(id(b, "id"),
                    version(b, () -> quotations.quotation(id(b, "id")).getVersion()))).build();
            case "order.create" -> DocumentJson.order(orders.create(id(b, "customerId"), null, null, priceLines(b)))
                    .build();
            case "order.fromQuotation" -> {
                Map<Long, BigDecimal> quantities = new LinkedHashMap<>();
                b.getJsonObject("quantities").forEach((line, quantity) ->
                        quantities.put(Long.valueOf(line), ((JsonNumber) quantity).bigDecimalValue()));
                long quotationId = id(b, "quotationId");
                yield DocumentJson.order(orders.createFromQuotation(quotationId,
                        version(b, () -> quotations.quotation(quotationId).getVersion()), null, quantities)).build();
            }
            case "order.get" -> DocumentJson.order(orders.order(id(b, "id"))).build();
            case "order.exposure" -> {
                var exposure = orders.exposure(id(b, "id"));
                yield Json.createObjectBuilder().add("creditLimit", exposure.creditLimit().getAmount())
                        .add("openReceivables", exposure.openReceivables().getAmount())
                        .add("openOrders", exposure.openOrders().getAmount()).build();
            }
            case "order.confirm" -> DocumentJson.order(orders.confirm(id(b, "id"), orderVersion(b))).build();
            case "order.approve" -> DocumentJson.order(orders.approve(id(b, "id"), orderVersion(b))).build();
            case "order.cancel" -> DocumentJson.order(orders.cancel(id(b, "id"), orderVersion(b),
                    b.getString("reason", "test"))).build();
            case "delivery.plan" -> {
                List<DeliveryQuantity> quantities = new ArrayList<>();
                for (JsonObject q : b.getJsonArray("quantities").getValuesAs(JsonObject.class)) {
                    quantities.add(new DeliveryQuantity(id(q, "lineId"), q.getJsonNumber("quantity").bigDecimalValue()));
                }
                long orderId = id(b, "orderId");
                yield DocumentJson.delivery(shipping.plan(orderId, version(b, () -> orders.order(orderId).getVersion()),
                        LocalDate.now(), quantities)).build();
            }
            case "delivery.get" -> DocumentJson.delivery(shipping.delivery(id(b, "id"))).build();
            case "delivery.ship" -> DocumentJson.delivery(shipping.ship(id(b, "id"),
                    version(b, () -> shipping.delivery(id(b, "id")).getVersion()))).build();
            case "invoice.bill" -> {
                List<Long> deliveries = new ArrayList<>();
                b.getJsonArray("deliveryIds").getValuesAs(JsonNumber.class).forEach(n -> deliveries.add(n.longValue()));
                yield DocumentJson.invoices(invoicing.bill(deliveries, b.getBoolean("consolidate", false))).build();
            }
            case "invoice.get" -> DocumentJson.invoice(invoicing.invoice(id(b, "id"))).build();
            case "invoice.issue" -> DocumentJson.invoice(invoicing.issue(id(b, "id"), invoiceVersion(b))).build();
            case "invoice.describe" -> DocumentJson.invoice(invoicing.describe(id(b, "id"), invoiceVersion(b),
                    b.getString("note", null))).build();
            case "invoice.drop" -> DocumentJson.invoice(invoicing.drop(id(b, "id"), invoiceVersion(b),
                    id(b, "deliveryId"))).build();
            case "payment.record" -> {
                List<PaymentReceipt.Part> parts = new ArrayList<>();
                for (JsonObject p : b.getJsonArray("parts").getValuesAs(JsonObject.class)) {
                    parts.add(new PaymentReceipt.Part(id(p, "invoiceId"), p.getJsonNumber("amount").bigDecimalValue()));
                }
                yield DocumentJson.payment(receivables.record(new PaymentReceipt(id(b, "customerId"), LocalDate.now(),
                        PaymentMethod.BANK_TRANSFER, b.getString("reference", null),
                        b.getJsonNumber("amount").bigDecimalValue(), parts))).build();
            }
            case "return.request" -> {
                List<ReturnQuantity> quantities = new ArrayList<>();
                for (JsonObject q : b.getJsonArray("quantities").getValuesAs(JsonObject.class)) {
                    quantities.add(new ReturnQuantity(id(q, "deliveryLineId"), q.getJsonNumber("quantity").bigDecimalValue(),
                            ReturnReason.valueOf(q.getString("reason", "DAMAGED"))));
                }
                yield DocumentJson.customerReturn(returns.request(id(b, "deliveryId"), null, quantities)).build();
            }
            case "return.receive" -> DocumentJson.customerReturn(returns.receive(id(b, "id"),
                    version(b, () -> returns.customerReturn(id(b, "id")).getVersion()))).build();
            case "creditNote.issue" -> DocumentJson.creditNote(invoicing.credit(id(b, "returnId"))).build();
            case "creditNote.get" -> DocumentJson.creditNote(invoicing.creditNote(id(b, "id"))).build();
            case "promotion.file" -> DocumentJson.promotion(promotions.file(promotionTerms(b))).build();
            case "promotion.get" -> DocumentJson.promotion(promotions.request(id(b, "id"))).build();
            case "promotion.approve" -> DocumentJson.promotion(promotions.approve(id(b, "id"), promotionVersion(b), null)).build();
            case "promotion.cancel" -> DocumentJson.promotion(promotions.cancel(id(b, "id"), promotionVersion(b), null)).build();
            case "organisation.stage" -> {
                var setting = settings.current();
                yield Json.createObjectBuilder().add("stage", settings.change(setting.getVersion(),
                        org.tandem.promotion.entity.OrganisationStage.valueOf(b.getString("stage")),
                        b.getJsonNumber("salesAuthority").bigDecimalValue(), b.getJsonNumber("escalationLimit").bigDecimalValue(),
                        setting.getOverdueHours()).getStage().name()).build();
            }
            case "flow" -> DocumentJson.flow(flow.of(DocumentKind.valueOf(b.getString("kind")), id(b, "id"))).build();
            default -> throw new IllegalArgumentException("no step " + step);
        };
    }

    private long promotionVersion(JsonObject b) {
        return version(b, () -> promotions.request(id(b, "id")).getVersion());
    }

    private static org.tandem.promotion.boundary.PromotionTerms promotionTerms(JsonObject b) {
        java.util.Set<Long> customers = new java.util.HashSet<>();
        b.getJsonArray("customerIds").getValuesAs(JsonNumber.class).forEach(n -> customers.add(n.longValue()));
        java.util.Set<Long> products = new java.util.HashSet<>();
        b.getJsonArray("productIds").getValuesAs(JsonNumber.class).forEach(n -> products.add(n.longValue()));
        return new org.tandem.promotion.boundary.PromotionTerms(
                org.tandem.promotion.entity.PromotionKind.valueOf(b.getString("kind")), id(b, "campaignId"), customers,
                products, null, LocalDate.parse(b.getString("fromDate")), LocalDate.parse(b.getString("thruDate")),
                b.containsKey("percentOff") ? b.getJsonNumber("percentOff").bigDecimalValue() : null,
                BigDecimal.TEN, b.getJsonNumber("cost").bigDecimalValue(), "it");
    }

    private long orderVersion(JsonObject b) {
        return version(b, () -> orders.order(id(b, "id")).getVersion());
    }

    private long invoiceVersion(JsonObject b) {
        return version(b, () -> invoicing.invoice(id(b, "id")).getVersion());
    }

    private static long version(JsonObject body, java.util.function.LongSupplier current) {
        return body.containsKey("version") ? body.getJsonNumber("version").longValue() : current.getAsLong();
    }

    static long id(JsonObject body, String name) {
        return body.getJsonNumber(name).longValue();
    }

    private static List<PriceInquiry.Line> priceLines(JsonObject body) {
        List<PriceInquiry.Line> lines = new ArrayList<>();
        for (JsonObject line : body.getJsonArray("lines").getValuesAs(JsonObject.class)) {
            lines.add(new PriceInquiry.Line(id(line, "productId"), line.getJsonNumber("quantity").bigDecimalValue(),
                    line.containsKey("discount") ? line.getJsonNumber("discount").bigDecimalValue() : null));
        }
        return lines;
    }

    private static JsonArrayBuilder arguments(Object[] arguments) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object argument : arguments) {
            array.add(String.valueOf(argument));
        }
        return array;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
