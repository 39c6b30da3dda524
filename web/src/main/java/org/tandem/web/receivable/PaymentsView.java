package org.tandem.web.receivable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.tandem.customer.entity.Customer;
import org.tandem.receivable.boundary.Receivables;
import org.tandem.receivable.entity.Payment;
import org.tandem.receivable.entity.PaymentMethod;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.shell.Feedback;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Payments received, and the dialog that records one against the customer's open invoices. */
@Named
@ViewScoped
public class PaymentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String DIALOG_FORM = "paymentForm";

    /** Refusals that concern one field of the payment dialog; the rest are shown above the fields. */
    private static final Map<String, String> FIELD_OF_REFUSAL = Map.of(
            "tandem.payment.receivedInFuture", "receivedOn",
            "tandem.payment.notFullyAllocated", "amount",
            "tandem.payment.amount.notPositive", "amount",
            "tandem.payment.overAllocated", "allocations",
            "tandem.customer.notVisible", "customer");

    @EJB
    Receivables receivables;

    @Inject
    Feedback feedback;

    private PagedList<Payment> payments;
    private List<Customer> customers = List.of();
    private PaymentForm form = new PaymentForm();

    @PostConstruct
    void init() {
        payments = new PagedList<>(request -> receivables.payments(request), Payment::getId);
    }

    public void openNew() {
        form = new PaymentForm();
        customers = receivables.customersOwing();
    }

    public void customerChosen() {
        form.offer(form.getCustomerId() == null ? List.of() : receivables.openInvoices(form.getCustomerId()));
    }

    public void amountChanged() {
        form.allocateOldestFirst();
    }

    public void save() {
        if (form.getAllocations().isEmpty()) {
            feedback.errorAt(DIALOG_FORM + ":customer", "payment.noOpenInvoices");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (form.allocated().compareTo(form.getAmount()) != 0) {
            feedback.errorAt(DIALOG_FORM + ":allocations", "payment.allocationsDiffer", form.allocated(), form.getAmount());
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            Payment saved = receivables.record(form.receipt());
            feedback.info("payment.recorded", saved.getNumber());
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update("growl", "payments:table");
        } catch (RuleViolation violation) {
            String field = FIELD_OF_REFUSAL.get(violation.getKey());
            feedback.refused(field == null ? null : DIALOG_FORM + ":" + field, violation);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public PaymentMethod[] getMethods() {
        return PaymentMethod.values();
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public PagedList<Payment> getPayments() {
        return payments;
    }

    public List<Customer> getCustomers() {
        return customers;
    }

    public PaymentForm getForm() {
        return form;
    }
}
