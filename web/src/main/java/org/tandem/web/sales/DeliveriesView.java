package org.tandem.web.sales;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.delivery.boundary.DeliveryQuantity;
import org.tandem.delivery.boundary.Shipping;
import org.tandem.delivery.entity.Delivery;
import org.tandem.delivery.entity.DeliveryStatus;
import org.tandem.order.boundary.OrderProcessing;
import org.tandem.order.entity.SalesOrder;
import org.tandem.order.entity.SalesOrderLine;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.shell.Feedback;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Orders waiting for goods, the deliveries planned and shipped, and the dialog that plans a delivery. */
@Named
@ViewScoped
public class DeliveriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Shipping shipping;

    @EJB
    OrderProcessing orders;

    @Inject
    Feedback feedback;

    @Inject
    SalesDesk desk;

    private PagedList<SalesOrder> toDeliver;
    private PagedList<Delivery> deliveries;
    private SalesOrder order;
    private LocalDate plannedOn;
    private List<PlanRow> plan = List.of();

    @PostConstruct
    void init() {
        deliveries = new PagedList<>(request -> shipping.find(request), Delivery::getId);
        if (desk.isMayWrite()) {
            toDeliver = new PagedList<>(request -> shipping.ordersToDeliver(request), SalesOrder::getId);
        }
    }

    /** Offers every line with a quantity still open, at that quantity. */
    public void preparePlan(SalesOrder row) {
        try {
            order = orders.order(row.getId());
            plannedOn = LocalDate.now();
            plan = order.getLines().stream().filter(l -> l.getOpenQuantity().signum() > 0).map(PlanRow::new).toList();
        } catch (RuleViolation violation) {
            desk.refused(violation);
        }
    }

    public void planDelivery() {
        List<DeliveryQuantity> quantities = plan.stream()
                .filter(r -> r.getQuantity() != null && r.getQuantity().signum() > 0)
                .map(r -> new DeliveryQuantity(r.getLine().getId(), r.getQuantity())).toList();
        if (quantities.isEmpty()) {
            feedback.errorAt("planForm:plan", "sales.document.noLines");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            Delivery planned = shipping.plan(order.getId(), order.getVersion(), plannedOn, quantities);
            feedback.info("sales.delivery.planned", planned.getNumber());
            desk.open("/sales/delivery", planned.getId());
        } catch (RuleViolation violation) {
            if (desk.refused(violation)) {
                preparePlan(order);
            }
        }
    }

    public PagedList<SalesOrder> getToDeliver() {
        return toDeliver;
    }

    public PagedList<Delivery> getDeliveries() {
        return deliveries;
    }

    public DeliveryStatus[] getStatuses() {
        return DeliveryStatus.values();
    }

    public SalesOrder getOrder() {
        return order;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }

    public List<PlanRow> getPlan() {
        return plan;
    }

    /** An order line offered for the delivery, with the quantity to send, its open quantity unless changed. */
    public static class PlanRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final SalesOrderLine line;
        private BigDecimal quantity;

        PlanRow(SalesOrderLine line) {
            this.line = line;
            this.quantity = line.getOpenQuantity();
        }

        public SalesOrderLine getLine() {
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
