package org.tandem.web.invoice;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.tandem.delivery.entity.Delivery;
import org.tandem.document.boundary.DocumentFlow;
import org.tandem.document.boundary.DocumentKind;
import org.tandem.document.boundary.FlowNode;
import org.tandem.invoice.boundary.Invoicing;
import org.tandem.invoice.entity.Invoice;
import org.tandem.invoice.entity.InvoiceLine;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.shell.Feedback;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One invoice ({@code invoice.xhtml?id=…}): its lines, VAT per rate and what is paid, credited and open. While it
 * is a draft, finance may change its note, take a delivery off it, throw it away or issue it.
 */
@Named
@ViewScoped
public class InvoiceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Invoicing invoicing;

    @EJB
    DocumentFlow documentFlow;

    @Inject
    Feedback feedback;

    private Long id;
    private Invoice invoice;
    private List<TaxRow> taxTotals = List.of();
    private List<Delivery> deliveries = List.of();
    private List<FlowNode> flow = List.of();

    @Size(max = 300)
    private String note;

    private RuleViolation refusal;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id == null) {
            refusal = new RuleViolation("tandem.invoice.notFound", "–");
            return;
        }
        try {
            show(invoicing.invoice(id));
        } catch (RuleViolation violation) {
            refusal = violation;
        }
    }

    public void saveNote() {
        try {
            show(invoicing.describe(invoice.getId(), invoice.getVersion(), note));
            feedback.info("invoice.noteSaved");
        } catch (RuleViolation violation) {
            feedback.refused("invoiceForm:note", violation);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void drop(Delivery delivery) {
        try {
            show(invoicing.drop(invoice.getId(), invoice.getVersion(), delivery.getId()));
            feedback.info("invoice.deliveryDropped", delivery.getNumber());
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
    }

    public void discard() throws IOException {
        try {
            invoicing.discard(invoice.getId(), invoice.getVersion());
            feedback.info("invoice.discarded");
            reopen("/finance/invoices.xhtml");
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
    }

    /** Issues the draft and shows it again from the address, so that its title names the new number. */
    public void issue() throws IOException {
        try {
            Invoice issued = invoicing.issue(invoice.getId(), invoice.getVersion());
            feedback.info("invoice.issued", issued.getNumber());
            reopen("/finance/invoice.xhtml?id=" + issued.getId());
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
    }

    private static void reopen(String page) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + page);
    }

    private void show(Invoice shown) {
        invoice = shown;
        note = shown.getNote();
        taxTotals = TaxRow.of(shown.getTaxTotals());
        deliveries = shown.getLines().stream().map(InvoiceLine::getDeliveryLine).map(l -> l.getDelivery())
                .filter(Objects::nonNull).distinct().toList();
        flow = documentFlow.of(DocumentKind.INVOICE, shown.getId());
    }

    public boolean isDraft() {
        return invoice != null && !invoice.getStatus().isIssued();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public List<TaxRow> getTaxTotals() {
        return taxTotals;
    }

    public List<Delivery> getDeliveries() {
        return deliveries;
    }

    public List<FlowNode> getFlow() {
        return flow;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** Put into words while the page renders: only then does the view speak the user's language. */
    public String getRefusal() {
        return refusal == null ? null : feedback.text(refusal.getKey(), refusal.getArguments());
    }
}
