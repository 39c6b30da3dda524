package org.tandem.web.sales;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.tandem.quotation.boundary.Quotations;
import org.tandem.quotation.entity.Quotation;
import org.tandem.quotation.entity.QuotationStatus;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;

/** The quotations of the user's customers, a page at a time. */
@Named
@ViewScoped
public class QuotationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Quotations quotations;

    private PagedList<Quotation> list;

    @PostConstruct
    void init() {
        list = new PagedList<>(request -> quotations.find(request), Quotation::getId);
    }

    public PagedList<Quotation> getList() {
        return list;
    }

    public QuotationStatus[] getStatuses() {
        return QuotationStatus.values();
    }
}
