package org.tandem.web.customer;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.tandem.customer.boundary.CustomerDirectory;
import org.tandem.pricing.boundary.ChannelPolicies;
import org.tandem.customer.entity.Channel;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerContact;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.customer.entity.CustomerStatus;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.UserAccount;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.shell.Feedback;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The sales force's customer list and the dialog that creates and changes a customer and its contacts.
 * {@code customers.xhtml?id=…} opens one customer at once, if the user may see it.
 */
@Named
@ViewScoped
public class CustomersView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String DIALOG_FORM = "customerForm";

    /** Refusals that concern one field of the customer dialog; the rest are shown above the fields. */
    private static final Map<String, String> FIELD_OF_REFUSAL = Map.of(
            "tandem.customer.code.taken", "code",
            "tandem.customer.code.pattern", "code",
            "tandem.customer.territoryNotVisible", "territory",
            "tandem.customer.ownerNotMember", "owner",
            "tandem.customer.creditLimit.negative", "creditLimit",
            "tandem.customer.creditLimit.managersOnly", "creditLimit");

    @EJB
    CustomerDirectory directory;

    @EJB
    ChannelPolicies channelPolicies;

    @Inject
    Feedback feedback;

    private PagedList<Customer> customers;
    private List<Territory> territories;
    private List<UserAccount> owners = List.of();
    private List<CustomerContact> contacts = List.of();
    private boolean mayGrantCredit;
    private CustomerForm form = new CustomerForm();
    private ContactForm contact = new ContactForm();

    private Long requestedId;
    private RuleViolation refusal;
    private boolean openOnLoad;

    @PostConstruct
    void init() {
        customers = new PagedList<>(request -> directory.findCustomers(request), Customer::getId);
        territories = directory.placeableTerritories();
        mayGrantCredit = directory.maySetCreditLimits();
    }

    /** Opens the customer named in the address, or says it cannot be shown. */
    public void openRequested() {
        if (requestedId == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            show(directory.customer(requestedId));
            openOnLoad = true;
        } catch (RuleViolation violation) {
            refusal = violation;
        }
    }

    public void openNew() {
        form = new CustomerForm();
        contacts = List.of();
        contact = new ContactForm();
        if (territories.size() == 1) {
            form.setTerritoryId(territories.get(0).getId());
        }
        territoryChosen();
        channelChosen();
    }

    /** A new customer's channel (and so its kind) brings the channel's payment terms. */
    public void kindChosen() {
        form.kindChosen();
        channelChosen();
    }

    public void channelChosen() {
        if (form.isNew() && form.getChannel() != null) {
            form.setPaymentTermsDays(channelPolicies.paymentTermsFor(form.getChannel()));
        }
    }

    public void openEdit(Customer row) {
        try {
            show(directory.customer(row.getId()));
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
    }

    /** The owner must work in the territory: offer its members, and keep the owner if they are one. */
    public void territoryChosen() {
        owners = form.getTerritoryId() == null ? List.of() : directory.possibleOwners(form.getTerritoryId());
        if (owners.stream().noneMatch(u -> u.getId().equals(form.getOwnerId()))) {
            String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
            form.setOwnerId(owners.stream().filter(u -> u.getUsername().equals(me)).findFirst()
                    .or(() -> owners.stream().findFirst()).map(UserAccount::getId).orElse(null));
        }
    }

    public void save() {
        try {
            Customer saved = form.isNew()
                    ? directory.create(form.getCode(), form.details())
                    : directory.update(form.getId(), form.getVersion(), form.details());
            feedback.info(form.isNew() ? "customer.created" : "customer.saved", saved.getCode());
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update("growl", "customers:table");
        } catch (RuleViolation violation) {
            String field = FIELD_OF_REFUSAL.get(violation.getKey());
            feedback.refused(field == null ? null : DIALOG_FORM + ":" + field, violation);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void newContact() {
        contact = new ContactForm();
    }

    public void editContact(CustomerContact row) {
        contact = ContactForm.of(row);
    }

    public void saveContact() {
        try {
            Customer changed = contact.isNew()
                    ? directory.addContact(form.getId(), form.getVersion(), contact.details())
                    : directory.updateContact(form.getId(), form.getVersion(), contact.getId(), contact.details());
            contactsChanged(changed, contact.isNew() ? "customer.contact.added" : "customer.contact.saved", contact.getName());
        } catch (RuleViolation violation) {
            feedback.refused(violation);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void removeContact(CustomerContact row) {
        try {
            contactsChanged(directory.removeContact(form.getId(), form.getVersion(), row.getId()),
                    "customer.contact.removed", row.getName());
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
    }

    private void contactsChanged(Customer changed, String message, String name) {
        // the customer's other fields may be half-typed: take only the new version and the contacts
        form.setVersion(changed.getVersion());
        contacts = changed.getContacts();
        contact = new ContactForm();
        feedback.info(message, name);
    }

    private void show(Customer customer) {
        form = CustomerForm.of(customer);
        contacts = customer.getContacts();
        contact = new ContactForm();
        owners = directory.possibleOwners(customer.getTerritory().getId());
    }

    public CustomerKind[] getKinds() {
        return CustomerKind.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public CustomerStatus[] getStatuses() {
        return CustomerStatus.values();
    }

    public PagedList<Customer> getCustomers() {
        return customers;
    }

    public List<Territory> getTerritories() {
        return territories;
    }

    public List<UserAccount> getOwners() {
        return owners;
    }

    public List<CustomerContact> getContacts() {
        return contacts;
    }

    public boolean isMayGrantCredit() {
        return mayGrantCredit;
    }

    public CustomerForm getForm() {
        return form;
    }

    public ContactForm getContact() {
        return contact;
    }

    public Long getRequestedId() {
        return requestedId;
    }

    public void setRequestedId(Long requestedId) {
        this.requestedId = requestedId;
    }

    /** Put into words while the page renders: only then does the view speak the user's language. */
    public String getRefusal() {
        return refusal == null ? null : feedback.text(refusal.getKey(), refusal.getArguments());
    }

    public boolean isOpenOnLoad() {
        return openOnLoad;
    }
}
