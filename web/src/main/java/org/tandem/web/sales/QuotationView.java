package org.tandem.web.sales;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.document.boundary.DocumentFlow;
import org.tandem.document.boundary.DocumentKind;
import org.tandem.document.boundary.FlowNode;
import org.tandem.order.boundary.OrderProcessing;
import org.tandem.order.entity.SalesOrder;
import org.tandem.pricing.boundary.PriceInquiry;
import org.tandem.quotation.boundary.Quotations;
import org.tandem.quotation.entity.Quotation;
import org.tandem.quotation.entity.QuotationLine;
import org.tandem.quotation.entity.QuotationStatus;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.pricing.ProductChoice;
import org.tandem.web.shell.Feedback;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One quotation ({@code quotation.xhtml?id=…}) or a new one: its customer, validity and lines, each line's price
 * explained, its moves (send, accept, reject), the order made of it, and its document flow.
 */
@Named
@ViewScoped
public class QuotationView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int VALID_DAYS = 30;

    @EJB
    Quotations quotations;

    @EJB
    OrderProcessing orders;

    @EJB
    DocumentFlow flow;

    @Inject
    Feedback feedback;

    @Inject
    SalesDesk desk;

    private Long id;
    private Quotation quotation;
    private List<FlowNode> nodes = List.of();
    private CustomerChoice customer;
    private LocalDate validUntil = LocalDate.now().plusDays(VALID_DAYS);
    private String note;
    private List<DocumentLine> lines = new ArrayList<>(List.of(new DocumentLine()));
    private List<OrderChoice> toOrder = List.of();
    private String customerReference;
    private RuleViolation refusal;

    /** Reads the quotation named in the address once, when the page opens. */
    public void load() {
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            show(quotations.quotation(id));
        } catch (RuleViolation violation) {
            refusal = violation;
        }
    }

    private void reload() {
        show(quotations.quotation(quotation.getId()));
    }

    private void show(Quotation shown) {
        quotation = shown;
        customer = CustomerChoice.of(shown.getCustomer());
        validUntil = shown.getValidUntil();
        note = shown.getNote();
        lines = new ArrayList<>();
        for (QuotationLine line : shown.getLines()) {
            lines.add(new DocumentLine(ProductChoice.of(line.getProduct()), line.getQuantity(), line.getPrice()));
        }
        nodes = flow.of(DocumentKind.QUOTATION, shown.getId());
    }

    public void addLine() {
        lines.add(new DocumentLine());
    }

    public void removeLine(DocumentLine line) {
        lines.remove(line);
        if (lines.isEmpty()) {
            lines.add(new DocumentLine());
        }
    }

    /** Writes the draft, priced again; a new one opens at its own address. */
    public void save() {
        List<PriceInquiry.Line> asked = lines.stream().filter(l -> l.getProduct() != null)
                .map(DocumentLine::toInquiry).toList();
        if (asked.isEmpty()) {
            feedback.errorAt("quotation:lines", "sales.document.noLines");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            if (quotation == null) {
                Quotation created = quotations.create(customer.id(), validUntil, note, asked);
                feedback.info("sales.quotation.created", created.getNumber());
                desk.open("/sales/quotation", created.getId());
            } else {
                show(quotations.revise(quotation.getId(), quotation.getVersion(), validUntil, note, asked));
                feedback.info("sales.quotation.saved", quotation.getNumber());
            }
        } catch (RuleViolation violation) {
            refused(violation);
        }
    }

    public void send() {
        move(() -> quotations.send(quotation.getId(), quotation.getVersion()), "sales.quotation.sent");
    }

    public void accept() {
        move(() -> quotations.accept(quotation.getId(), quotation.getVersion()), "sales.quotation.accepted");
    }

    public void reject() {
        move(() -> quotations.reject(quotation.getId(), quotation.getVersion()), "sales.quotation.rejected");
    }

    private void move(java.util.function.Supplier<Quotation> change, String done) {
        try {
            show(change.get());
            feedback.info(done, quotation.getNumber());
        } catch (RuleViolation violation) {
            refused(violation);
        }
    }

    /** Offers every line still open, at its open quantity. */
    public void prepareOrder() {
        toOrder = quotation.getLines().stream().filter(l -> l.getOpenQuantity().signum() > 0)
                .map(OrderChoice::new).toList();
        customerReference = null;
    }

    public void createOrder() {
        Map<Long, BigDecimal> quantities = new LinkedHashMap<>();
        for (OrderChoice choice : toOrder) {
            if (choice.isChosen() && choice.getQuantity() != null) {
                quantities.put(choice.getLine().getId(), choice.getQuantity());
            }
        }
        if (quantities.isEmpty()) {
            feedback.errorAt("orderForm:choices", "sales.document.noLines");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            SalesOrder order = orders.createFromQuotation(quotation.getId(), quotation.getVersion(), customerReference,
                    quantities);
            feedback.info("sales.order.created", order.getNumber());
            desk.open("/sales/order", order.getId());
        } catch (RuleViolation violation) {
            refused(violation);
        }
    }

    private void refused(RuleViolation violation) {
        if (desk.refused(violation) && quotation != null) {
            reload();
        }
    }

    public boolean isEditable() {
        return desk.isMayWrite() && (quotation == null || quotation.getStatus() == QuotationStatus.DRAFT);
    }

    public boolean isOpen() {
        return desk.isMayWrite() && quotation != null && quotation.getStatus().isOpen();
    }

    public boolean isOrderable() {
        return desk.isMayWrite() && quotation != null && quotation.getStatus() == QuotationStatus.ACCEPTED
                && quotation.getLines().stream().anyMatch(l -> l.getOpenQuantity().signum() > 0);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Quotation getQuotation() {
        return quotation;
    }

    public List<FlowNode> getNodes() {
        return nodes;
    }

    public CustomerChoice getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerChoice customer) {
        this.customer = customer;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<DocumentLine> getLines() {
        return lines;
    }

    public List<OrderChoice> getToOrder() {
        return toOrder;
    }

    public String getCustomerReference() {
        return customerReference;
    }

    public void setCustomerReference(String customerReference) {
        this.customerReference = customerReference;
    }

    /** Put into words while the page renders: only then does the view speak the user's language. */
    public String getRefusal() {
        return refusal == null ? null : feedback.text(refusal.getKey(), refusal.getArguments());
    }

    /** A quotation line offered for an order: whether it is taken, and how much of it. */
    public static class OrderChoice implements Serializable {

        private static final long serialVersionUID = 1L;

        private final QuotationLine line;
        private boolean chosen = true;
        private BigDecimal quantity;

        OrderChoice(QuotationLine line) {
            this.line = line;
            this.quantity = line.getOpenQuantity();
        }

        public QuotationLine getLine() {
            return line;
        }

        public boolean isChosen() {
            return chosen;
        }

        public void setChosen(boolean chosen) {
            this.chosen = chosen;
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }
    }
}
