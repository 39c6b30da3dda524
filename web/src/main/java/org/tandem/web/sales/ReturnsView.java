package org.tandem.web.sales;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.delivery.boundary.Shipping;
import org.tandem.delivery.entity.Delivery;
import org.tandem.delivery.entity.DeliveryLine;
import org.tandem.delivery.entity.DeliveryStatus;
import org.tandem.returns.boundary.ReturnQuantity;
import org.tandem.returns.boundary.Returns;
import org.tandem.returns.entity.CustomerReturn;
import org.tandem.returns.entity.ReturnReason;
import org.tandem.returns.entity.ReturnStatus;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.shell.Feedback;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Returns from the user's customers: the list, one return with its decision (received or rejected), and the dialog
 * that requests a return of a shipped delivery. {@code returns.xhtml?delivery=…} opens that dialog for a delivery,
 * {@code ?id=…} one return.
 */
@Named
@ViewScoped
public class ReturnsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int SUGGESTIONS = 15;

    @EJB
    Returns returns;

    @EJB
    Shipping shipping;

    @Inject
    Feedback feedback;

    @Inject
    SalesDesk desk;

    private PagedList<CustomerReturn> list;
    private Long requestedId;
    private Long deliveryId;
    private CustomerReturn shown;
    private Delivery delivery;
    private String deliveryNumber;
    private String note;
    private List<ReturnRow> rows = List.of();
    private boolean openRequest;
    private boolean openShown;
    private RuleViolation refusal;

    @PostConstruct
    void init() {
        list = new PagedList<>(request -> returns.find(request), CustomerReturn::getId);
    }

    /** Opens what the address names: a return, or the request dialog for a delivery. */
    public void openRequested() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            if (requestedId != null) {
                shown = returns.customerReturn(requestedId);
                openShown = true;
            } else if (deliveryId != null && desk.isMayWrite()) {
                prepare(shipping.delivery(deliveryId));
                openRequest = true;
            }
        } catch (RuleViolation violation) {
            refusal = violation;
        }
    }

    public List<String> completeDelivery(String text) {
        Map<String, Object> filters = text == null || text.isBlank()
                ? Map.of("status", DeliveryStatus.SHIPPED.name())
                : Map.of("status", DeliveryStatus.SHIPPED.name(), "number", text.trim());
        return shipping.find(new PageRequest(0, SUGGESTIONS, "number", false, filters)).rows().stream()
                .map(Delivery::getNumber).toList();
    }

    public void newRequest() {
        delivery = null;
        deliveryNumber = null;
        rows = List.of();
        note = null;
    }

    public void deliveryChosen() {
        Map<String, Object> filters = Map.of("status", DeliveryStatus.SHIPPED.name(), "number", deliveryNumber);
        shipping.find(new PageRequest(0, 1, null, true, filters)).rows().stream().findFirst()
                .ifPresent(d -> prepare(shipping.delivery(d.getId())));
    }

    private void prepare(Delivery chosen) {
        delivery = chosen;
        deliveryNumber = chosen.getNumber();
        note = null;
        rows = chosen.getLines().stream().filter(l -> l.getReturnableQuantity().signum() > 0).map(ReturnRow::new).toList();
    }

    public void request() {
        List<ReturnQuantity> quantities = rows.stream()
                .filter(r -> r.getQuantity() != null && r.getQuantity().signum() > 0)
                .map(r -> new ReturnQuantity(r.getLine().getId(), r.getQuantity(), r.getReason())).toList();
        if (delivery == null || quantities.isEmpty()) {
            feedback.errorAt(delivery == null ? "requestForm:delivery" : "requestForm:rows", "sales.document.noLines");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            CustomerReturn requested = returns.request(delivery.getId(), note, quantities);
            feedback.info("sales.return.requested", requested.getNumber());
            desk.open("/sales/returns", requested.getId());
        } catch (RuleViolation violation) {
            if (desk.refused(violation)) {
                prepare(shipping.delivery(delivery.getId()));
            }
        }
    }

    public void show(CustomerReturn row) {
        try {
            shown = returns.customerReturn(row.getId());
        } catch (RuleViolation violation) {
            desk.refused(violation);
        }
    }

    public void receive() {
        decide(() -> returns.receive(shown.getId(), shown.getVersion()), "sales.return.received");
    }

    public void reject() {
        decide(() -> returns.reject(shown.getId(), shown.getVersion()), "sales.return.rejected");
    }

    private void decide(Supplier<CustomerReturn> decision, String done) {
        try {
            shown = returns.customerReturn(decision.get().getId());
            feedback.info(done, shown.getNumber());
        } catch (RuleViolation violation) {
            if (desk.refused(violation)) {
                shown = returns.customerReturn(shown.getId());
            }
        }
    }

    public boolean isDecidable() {
        return desk.isMayWrite() && shown != null && shown.getStatus() == ReturnStatus.REQUESTED;
    }

    public PagedList<CustomerReturn> getList() {
        return list;
    }

    public ReturnStatus[] getStatuses() {
        return ReturnStatus.values();
    }

    public ReturnReason[] getReasons() {
        return ReturnReason.values();
    }

    public Long getRequestedId() {
        return requestedId;
    }

    public void setRequestedId(Long requestedId) {
        this.requestedId = requestedId;
    }

    public Long getDeliveryId() {
        return deliveryId;
    }

    public void setDeliveryId(Long deliveryId) {
        this.deliveryId = deliveryId;
    }

    public CustomerReturn getShown() {
        return shown;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public String getDeliveryNumber() {
        return deliveryNumber;
    }

    public void setDeliveryNumber(String deliveryNumber) {
        this.deliveryNumber = deliveryNumber;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<ReturnRow> getRows() {
        return rows;
    }

    public boolean isOpenRequest() {
        return openRequest;
    }

    /** Put into words while the page renders: only then does the view speak the user's language. */
    public String getRefusal() {
        return refusal == null ? null : feedback.text(refusal.getKey(), refusal.getArguments());
    }

    public boolean isOpenShown() {
        return openShown;
    }

    /** A delivered line offered for return: how much comes back (none unless typed) and why. */
    public static class ReturnRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final DeliveryLine line;
        private BigDecimal quantity;
        private ReturnReason reason = ReturnReason.DAMAGED;

        ReturnRow(DeliveryLine line) {
            this.line = line;
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

        public ReturnReason getReason() {
            return reason;
        }

        public void setReason(ReturnReason reason) {
            this.reason = reason;
        }
    }
}
