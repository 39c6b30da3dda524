package org.tandem.web.invoice;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.tandem.invoice.boundary.Invoicing;
import org.tandem.invoice.entity.Invoice;
import org.tandem.invoice.entity.InvoiceStatus;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** The invoice list: drafts and issued invoices, filtered, sorted and paged by the database. */
@Named
@ViewScoped
public class InvoicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Invoicing invoicing;

    private PagedList<Invoice> invoices;
    private boolean onlyOpen;

    @PostConstruct
    void init() {
        invoices = new PagedList<>(request -> invoicing.find(withOpenFilter(request)), Invoice::getId);
    }

    /** "Only open" sits in the toolbar, not in a column: it is a question about paid, credited and gross together. */
    private PageRequest withOpenFilter(PageRequest request) {
        if (!onlyOpen) {
            return request;
        }
        Map<String, Object> filters = new HashMap<>(request.filters());
        filters.put("open", "true");
        return new PageRequest(request.first(), request.size(), request.sortField(), request.ascending(), filters);
    }

    public InvoiceStatus[] getStatuses() {
        return InvoiceStatus.values();
    }

    public PagedList<Invoice> getInvoices() {
        return invoices;
    }

    public boolean isOnlyOpen() {
        return onlyOpen;
    }

    public void setOnlyOpen(boolean onlyOpen) {
        this.onlyOpen = onlyOpen;
    }
}
