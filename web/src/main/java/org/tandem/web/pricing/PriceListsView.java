package org.tandem.web.pricing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.tandem.customer.entity.Channel;
import org.tandem.pricing.boundary.PriceAdministration;
import org.tandem.pricing.entity.PriceList;
import org.tandem.pricing.entity.PriceListEntry;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.shell.Feedback;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Marketing's price lists, the dialog that creates and changes them, and the chosen list's entries. */
@Named
@ViewScoped
public class PriceListsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Refusals that concern one field of a dialog; the rest are shown above its fields. */
    private static final Map<String, String> FIELD_OF_REFUSAL = Map.of(
            "tandem.pricing.priceList.codeTaken", "listForm:code",
            "tandem.pricing.periodReversed", "thruDate",
            "tandem.pricing.entry.overlaps", "entryForm:fromDate",
            "tandem.pricing.unknownProduct", "entryForm:product");

    @EJB
    PriceAdministration administration;

    @Inject
    Feedback feedback;

    private PagedList<PriceList> lists;
    private PagedList<PriceListEntry> entries;
    private PriceList selected;
    private PriceListForm listForm = new PriceListForm();
    private PriceEntryForm entryForm = new PriceEntryForm();

    @PostConstruct
    void init() {
        lists = new PagedList<>(request -> administration.findPriceLists(request), PriceList::getId);
        entries = new PagedList<>(request -> selected == null ? new Page<>(List.of(), 0)
                : administration.findEntries(selected.getId(), request), PriceListEntry::getId);
    }

    public void openNewList() {
        listForm = new PriceListForm();
    }

    public void openEditList(PriceList list) {
        listForm = PriceListForm.of(list);
    }

    public void saveList() {
        try {
            PriceList saved = listForm.isNew()
                    ? administration.createPriceList(listForm.terms())
                    : administration.updatePriceList(listForm.getId(), listForm.getVersion(), listForm.terms());
            feedback.info(listForm.isNew() ? "pricing.list.created" : "pricing.list.saved", saved.getCode());
            if (selected != null && selected.getId().equals(saved.getId())) {
                selected = saved;
            }
            done("growl", "lists:table", "entries");
        } catch (RuleViolation violation) {
            refuse("listForm", violation);
        }
    }

    public void select(PriceList list) {
        selected = list;
    }

    public void openNewEntry() {
        entryForm = new PriceEntryForm();
    }

    public void openEditEntry(PriceListEntry entry) {
        entryForm = PriceEntryForm.of(entry);
    }

    public void saveEntry() {
        try {
            PriceListEntry saved = entryForm.isNew()
                    ? administration.addEntry(selected.getId(), entryForm.terms())
                    : administration.updateEntry(entryForm.getId(), entryForm.getVersion(), entryForm.terms());
            feedback.info(entryForm.isNew() ? "pricing.entry.created" : "pricing.entry.saved",
                    saved.getProduct().getSku(), selected.getCode());
            done("growl", "entries");
        } catch (RuleViolation violation) {
            refuse("entryForm", violation);
        }
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public PagedList<PriceList> getLists() {
        return lists;
    }

    public PagedList<PriceListEntry> getEntries() {
        return entries;
    }

    public PriceList getSelected() {
        return selected;
    }

    public PriceListForm getListForm() {
        return listForm;
    }

    public PriceEntryForm getEntryForm() {
        return entryForm;
    }

    private void done(String... update) {
        // the dialog's oncomplete closes it only on this signal, so a refused save leaves it open with its reasons
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        PrimeFaces.current().ajax().update(update);
    }

    private void refuse(String dialogForm, RuleViolation violation) {
        String field = FIELD_OF_REFUSAL.get(violation.getKey());
        String clientId = field == null ? null : field.contains(":") ? field : dialogForm + ":" + field;
        // a refusal meant for the other dialog's field is shown at the top of this one
        feedback.refused(clientId != null && clientId.startsWith(dialogForm + ":") ? clientId : null, violation);
        FacesContext.getCurrentInstance().validationFailed();
    }
}
