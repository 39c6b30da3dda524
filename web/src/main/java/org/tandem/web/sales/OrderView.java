package org.tandem.web.sales;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.RowEditEvent;
import org.tandem.document.boundary.DocumentFlow;
import org.tandem.document.boundary.DocumentKind;
import org.tandem.document.boundary.FlowNode;
import org.tandem.order.boundary.OrderProcessing;
import org.tandem.order.control.CreditCheck;
import org.tandem.order.entity.OrderStatus;
import org.tandem.order.entity.SalesOrder;
import org.tandem.order.entity.SalesOrderLine;
import org.tandem.pricing.boundary.PriceInquiry;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.pricing.ProductChoice;
import org.tandem.web.shell.Feedback;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One sales order ({@code order.xhtml?id=…}) or a new one. A draft's lines are changed one at a time, each change
 * sending only that line, so that an order of a thousand lines opens a page at a time and saves as fast as a
 * small one.
 */
@Named
@ViewScoped
public class OrderView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OrderProcessing orders;

    @EJB
    DocumentFlow flow;

    @Inject
    Feedback feedback;

    @Inject
    SalesDesk desk;

    private Long id;
    private SalesOrder order;
    private List<LineRow> rows = List.of();
    private List<FlowNode> nodes = List.of();
    private CreditCheck.Exposure exposure;
    private CustomerChoice customer;
    private String customerReference;
    private LocalDate requestedOn;
    private List<DocumentLine> lines = new ArrayList<>(List.of(new DocumentLine()));
    private DocumentLine newLine = new DocumentLine();
    private String cancelReason;
    private RuleViolation refusal;

    public void load() {
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            show(orders.order(id));
        } catch (RuleViolation violation) {
            refusal = violation;
        }
    }

    private void reload() {
        show(orders.order(order.getId()));
    }

    private void show(SalesOrder shown) {
        order = shown;
        customer = CustomerChoice.of(shown.getCustomer());
        customerReference = shown.getCustomerReference();
        requestedOn = shown.getRequestedOn();
        rows = new ArrayList<>(shown.getLines().size());
        for (SalesOrderLine line : shown.getLines()) {
            rows.add(new LineRow(line));
        }
        nodes = flow.of(DocumentKind.SALES_ORDER, shown.getId());
        exposure = orders.exposure(shown.getId());
    }

    /** The order after a change of lines: the new version and totals; rows other than the changed keep their own. */
    private void linesChanged(SalesOrder changed) {
        order = changed;
        exposure = orders.exposure(changed.getId());
    }

    public void addDraftLine() {
        lines.add(new DocumentLine());
    }

    public void removeDraftLine(DocumentLine line) {
        lines.remove(line);
        if (lines.isEmpty()) {
            lines.add(new DocumentLine());
        }
    }

    public void create() {
        List<PriceInquiry.Line> asked = lines.stream().filter(l -> l.getProduct() != null)
                .map(DocumentLine::toInquiry).toList();
        if (asked.isEmpty()) {
            feedback.errorAt("order:lines", "sales.document.noLines");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            SalesOrder created = orders.create(customer.id(), customerReference, requestedOn, asked);
            feedback.info("sales.order.created", created.getNumber());
            desk.open("/sales/order", created.getId());
        } catch (RuleViolation violation) {
            desk.refused(violation);
        }
    }

    public void describe() {
        change(() -> orders.describe(order.getId(), order.getVersion(), customerReference, requestedOn),
                "sales.order.saved", true);
    }

    /** Sends the one edited line; the others are not read, written or priced again. */
    public void lineEdited(RowEditEvent<LineRow> event) {
        LineRow row = event.getObject();
        SalesOrderLine line = row.getLine();
        try {
            SalesOrder changed = orders.changeLine(order.getId(), order.getVersion(), line.getId(),
                    new PriceInquiry.Line(line.getProduct().getId(), row.getQuantity(), row.getManualDiscount()));
            row.changed(changed.line(line.getId()));
            linesChanged(changed);
            feedback.info("sales.order.lineSaved", line.getLineNo());
        } catch (RuleViolation violation) {
            row.undo();
            if (desk.refused(violation)) {
                reload();
            }
        }
    }

    public void lineEditCancelled(RowEditEvent<LineRow> event) {
        event.getObject().undo();
    }

    public void addLine() {
        if (newLine.getProduct() == null) {
            feedback.errorAt("order:newProduct", "sales.product.required");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        change(() -> orders.addLine(order.getId(), order.getVersion(), newLine.toInquiry()), "sales.order.lineAdded", true);
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            newLine = new DocumentLine();
        }
    }

    public void removeLine(LineRow row) {
        change(() -> orders.removeLine(order.getId(), order.getVersion(), row.getLine().getId()),
                "sales.order.lineRemoved", true);
    }

    /** Confirms, and says whether the order is confirmed or waits for a manager, and why. */
    public void confirm() {
        try {
            show(orders.confirm(order.getId(), order.getVersion()));
            if (order.getStatus() == OrderStatus.CONFIRMED) {
                feedback.info("sales.order.confirmed", order.getNumber());
            } else {
                feedback.info("sales.order.held", order.getNumber());
                if (order.isCreditHold()) {
                    feedback.info("sales.order.creditHold", order.getHoldNote());
                }
                if (order.isDiscountHold()) {
                    feedback.info("sales.order.discountHold");
                }
            }
        } catch (RuleViolation violation) {
            if (desk.refused(violation)) {
                reload();
            }
        }
    }

    public void cancel() {
        change(() -> orders.cancel(order.getId(), order.getVersion(), cancelReason), "sales.order.cancelled", true);
    }

    private void change(Supplier<SalesOrder> change, String done, boolean showAll) {
        try {
            SalesOrder changed = change.get();
            if (showAll) {
                show(orders.order(changed.getId()));
            }
            feedback.info(done, order.getNumber());
        } catch (RuleViolation violation) {
            if (desk.refused(violation)) {
                reload();
            }
        }
    }

    public boolean isDraft() {
        return order != null && order.getStatus() == OrderStatus.DRAFT;
    }

    public boolean isEditable() {
        return desk.isMayWrite() && isDraft();
    }

    public boolean isCancellable() {
        return desk.isMayWrite() && order != null && order.getStatus() != OrderStatus.CANCELLED
                && order.getStatus() != OrderStatus.DELIVERED
                && order.getLines().stream().allMatch(l -> l.getScheduledQuantity().signum() == 0);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SalesOrder getOrder() {
        return order;
    }

    public List<LineRow> getRows() {
        return rows;
    }

    public List<FlowNode> getNodes() {
        return nodes;
    }

    public CreditCheck.Exposure getExposure() {
        return exposure;
    }

    public CustomerChoice getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerChoice customer) {
        this.customer = customer;
    }

    public String getCustomerReference() {
        return customerReference;
    }

    public void setCustomerReference(String customerReference) {
        this.customerReference = customerReference;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public void setRequestedOn(LocalDate requestedOn) {
        this.requestedOn = requestedOn;
    }

    public List<DocumentLine> getLines() {
        return lines;
    }

    public DocumentLine getNewLine() {
        return newLine;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    /** Put into words while the page renders: only then does the view speak the user's language. */
    public String getRefusal() {
        return refusal == null ? null : feedback.text(refusal.getKey(), refusal.getArguments());
    }

    /** One order line on the page, with the quantity and discount the user is typing over it. */
    public static class LineRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private SalesOrderLine line;
        private BigDecimal quantity;
        private BigDecimal manualDiscount;

        LineRow(SalesOrderLine line) {
            changed(line);
        }

        void changed(SalesOrderLine now) {
            line = now;
            undo();
        }

        void undo() {
            DocumentLine typed = new DocumentLine(ProductChoice.of(line.getProduct()), line.getQuantity(), line.getPrice());
            quantity = typed.getQuantity();
            manualDiscount = typed.getManualDiscount();
        }

        public SalesOrderLine getLine() {
            return line;
        }

        public long getId() {
            return line.getId();
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }

        public BigDecimal getManualDiscount() {
            return manualDiscount;
        }

        public void setManualDiscount(BigDecimal manualDiscount) {
            this.manualDiscount = manualDiscount;
        }
    }
}
