package org.tandem.web.invoice;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.delivery.entity.Delivery;
import org.tandem.invoice.boundary.Invoicing;
import org.tandem.invoice.entity.Invoice;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.shell.Feedback;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Shipped deliveries that no invoice bills yet, and the drafts finance makes of the chosen ones. */
@Named
@ViewScoped
public class InvoicingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Invoicing invoicing;

    @Inject
    Feedback feedback;

    private PagedList<Delivery> deliveries;
    private List<Delivery> selected = new ArrayList<>();
    private List<Invoice> drafts = List.of();

    @PostConstruct
    void init() {
        deliveries = new PagedList<>(request -> invoicing.deliveriesToInvoice(request), Delivery::getId);
    }

    /** One draft invoice for each chosen delivery. */
    public void billEach() {
        bill(false);
    }

    /** One draft invoice for each customer (and currency) among the chosen deliveries. */
    public void billPerCustomer() {
        bill(true);
    }

    private void bill(boolean consolidate) {
        if (selected == null || selected.isEmpty()) {
            feedback.error("invoicing.noneChosen");
            return;
        }
        try {
            drafts = invoicing.bill(selected.stream().map(Delivery::getId).toList(), consolidate);
            feedback.info("invoicing.billed", selected.size(), drafts.size());
            selected = new ArrayList<>();
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
    }


    public PagedList<Delivery> getDeliveries() {
        return deliveries;
    }

    public List<Delivery> getSelected() {
        return selected;
    }

    public void setSelected(List<Delivery> selected) {
        this.selected = selected;
    }

    public List<Invoice> getDrafts() {
        return drafts;
    }
}
