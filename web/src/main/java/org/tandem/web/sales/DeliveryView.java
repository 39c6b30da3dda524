package org.tandem.web.sales;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.delivery.boundary.DeliveryQuantity;
import org.tandem.delivery.boundary.Shipping;
import org.tandem.delivery.entity.Delivery;
import org.tandem.delivery.entity.DeliveryLine;
import org.tandem.delivery.entity.DeliveryStatus;
import org.tandem.document.boundary.DocumentFlow;
import org.tandem.document.boundary.DocumentKind;
import org.tandem.document.boundary.FlowNode;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.shell.Feedback;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

/** One delivery ({@code delivery.xhtml?id=…}): its quantities, changed while planned, then shipped or cancelled. */
@Named
@ViewScoped
public class DeliveryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Shipping shipping;

    @EJB
    DocumentFlow flow;

    @Inject
    Feedback feedback;

    @Inject
    SalesDesk desk;

    private Long id;
    private Delivery delivery;
    private List<QuantityRow> rows = List.of();
    private List<FlowNode> nodes = List.of();
    private RuleViolation refusal;

    public void load() {
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            show(shipping.delivery(id));
        } catch (RuleViolation violation) {
            refusal = violation;
        }
    }

    private void show(Delivery shown) {
        delivery = shown;
        rows = shown.getLines().stream().map(QuantityRow::new).toList();
        nodes = flow.of(DocumentKind.DELIVERY, shown.getId());
    }

    /** Sends only the lines whose quantity the user changed; zero takes a line off. */
    public void saveQuantities() {
        List<DeliveryQuantity> changed = rows.stream()
                .filter(r -> r.getQuantity() != null && r.getQuantity().compareTo(r.getLine().getQuantity()) != 0)
                .map(r -> new DeliveryQuantity(r.getLine().getId(), r.getQuantity())).toList();
        if (changed.isEmpty()) {
            feedback.info("sales.delivery.nothingChanged");
            return;
        }
        move(() -> shipping.change(delivery.getId(), delivery.getVersion(), changed), "sales.delivery.saved");
    }

    public void ship() {
        move(() -> shipping.ship(delivery.getId(), delivery.getVersion()), "sales.delivery.shipped");
    }

    public void cancel() {
        move(() -> shipping.cancel(delivery.getId(), delivery.getVersion()), "sales.delivery.cancelled");
    }

    private void move(Supplier<Delivery> change, String done) {
        try {
            Delivery changed = change.get();
            show(shipping.delivery(changed.getId()));
            feedback.info(done, delivery.getNumber());
        } catch (RuleViolation violation) {
            if (desk.refused(violation)) {
                show(shipping.delivery(delivery.getId()));
            }
        }
    }

    public boolean isPlanned() {
        return desk.isMayWrite() && delivery != null && delivery.getStatus() == DeliveryStatus.PLANNED;
    }

    public boolean isReturnable() {
        return desk.isMayWrite() && delivery != null && delivery.getStatus() == DeliveryStatus.SHIPPED
                && delivery.getLines().stream().anyMatch(l -> l.getReturnableQuantity().signum() > 0);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public List<QuantityRow> getRows() {
        return rows;
    }

    public List<FlowNode> getNodes() {
        return nodes;
    }

    /** Put into words while the page renders: only then does the view speak the user's language. */
    public String getRefusal() {
        return refusal == null ? null : feedback.text(refusal.getKey(), refusal.getArguments());
    }

    /** A delivery line with the quantity the user is typing over it. */
    public static class QuantityRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final DeliveryLine line;
        private BigDecimal quantity;

        QuantityRow(DeliveryLine line) {
            this.line = line;
            this.quantity = line.getQuantity();
        }

        public DeliveryLine getLine() {
            return line;
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }
    }
}
