package org.tandem.web.sales;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.order.boundary.OrderProcessing;
import org.tandem.order.control.CreditCheck;
import org.tandem.order.entity.SalesOrder;
import org.tandem.order.entity.SalesOrderLine;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.shell.Feedback;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/** The sales manager's desk: orders held over credit or discount, each with what the decision rests on. */
@Named
@ViewScoped
public class ApprovalsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OrderProcessing orders;

    @Inject
    Feedback feedback;

    @Inject
    SalesDesk desk;

    private PagedList<SalesOrder> held;
    private SalesOrder order;
    private CreditCheck.Exposure exposure;
    private List<SalesOrderLine> discounted = List.of();
    private String reason;

    @PostConstruct
    void init() {
        held = new PagedList<>(request -> orders.awaitingApproval(request), SalesOrder::getId);
    }

    public void open(SalesOrder row) {
        try {
            show(orders.order(row.getId()));
        } catch (RuleViolation violation) {
            desk.refused(violation);
        }
    }

    private void show(SalesOrder shown) {
        order = shown;
        exposure = orders.exposure(shown.getId());
        discounted = shown.getLines().stream().filter(l -> l.getPrice().isNeedsApproval()).toList();
        reason = null;
    }

    public void approve() {
        decide(() -> orders.approve(order.getId(), order.getVersion()), "sales.approval.approved");
    }

    public void sendBack() {
        if (reason == null || reason.isBlank()) {
            feedback.errorAt("approvals:reason", "sales.reason.required");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        decide(() -> orders.sendBack(order.getId(), order.getVersion(), reason), "sales.approval.sentBack");
    }

    private void decide(Supplier<SalesOrder> decision, String done) {
        try {
            SalesOrder decided = decision.get();
            feedback.info(done, decided.getNumber());
            order = null;
        } catch (RuleViolation violation) {
            if (desk.refused(violation)) {
                show(orders.order(order.getId()));
            }
        }
    }

    public PagedList<SalesOrder> getHeld() {
        return held;
    }

    public SalesOrder getOrder() {
        return order;
    }

    public CreditCheck.Exposure getExposure() {
        return exposure;
    }

    public List<SalesOrderLine> getDiscounted() {
        return discounted;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
