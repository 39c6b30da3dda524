package org.tandem.web.invoice;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.invoice.boundary.Invoicing;
import org.tandem.invoice.entity.CreditNote;
import org.tandem.organization.entity.Role;
import org.tandem.pricing.entity.LineAmounts;
import org.tandem.returns.entity.CustomerReturn;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.entity.Money;
import org.tandem.web.shell.Feedback;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Received returns waiting for their credit note, the credit notes issued, and one of them in detail
 * ({@code credit-notes.xhtml?id=…} opens it at once).
 */
@Named
@ViewScoped
public class CreditNotesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Invoicing invoicing;

    @Inject
    Feedback feedback;

    private PagedList<CustomerReturn> returns;
    private PagedList<CreditNote> creditNotes;
    private CreditNote selected;
    private List<TaxRow> taxTotals = List.of();

    private Long requestedId;
    private RuleViolation refusal;

    @PostConstruct
    void init() {
        // only finance credits returns; the general manager reads the credit notes
        if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.FINANCE)) {
            returns = new PagedList<>(request -> invoicing.returnsToCredit(request), CustomerReturn::getId);
        }
        creditNotes = new PagedList<>(request -> invoicing.creditNotes(request), CreditNote::getId);
    }

    public void openRequested() {
        if (requestedId == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            show(invoicing.creditNote(requestedId));
        } catch (RuleViolation violation) {
            refusal = violation;
        }
    }

    public void open(CreditNote row) {
        try {
            show(invoicing.creditNote(row.getId()));
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
    }

    public void credit(CustomerReturn row) {
        try {
            CreditNote note = invoicing.credit(row.getId());
            show(invoicing.creditNote(note.getId()));
            feedback.info("creditNote.created", note.getNumber(), row.getNumber());
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
    }

    private void show(CreditNote note) {
        selected = note;
        Map<BigDecimal, LineAmounts> byRate = new TreeMap<>();
        String currency = note.getCurrency();
        note.getLines().forEach(l -> byRate.merge(l.getTaxRate().stripTrailingZeros(), new LineAmounts(
                Money.of(l.getLineNet(), currency), Money.of(l.getLineVat(), currency), Money.of(l.getLineGross(), currency)),
                LineAmounts::plus));
        taxTotals = TaxRow.of(byRate);
    }


    public PagedList<CustomerReturn> getReturns() {
        return returns;
    }

    public PagedList<CreditNote> getCreditNotes() {
        return creditNotes;
    }

    public CreditNote getSelected() {
        return selected;
    }

    public List<TaxRow> getTaxTotals() {
        return taxTotals;
    }

    public Long getRequestedId() {
        return requestedId;
    }

    public void setRequestedId(Long requestedId) {
        this.requestedId = requestedId;
    }

    public String getRefusal() {
        return refusal == null ? null : feedback.text(refusal.getKey(), refusal.getArguments());
    }
}
