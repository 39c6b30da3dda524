package org.tandem.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.tandem.organization.boundary.TerritoryAdministration;
import org.tandem.organization.boundary.UserAdministration;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.TerritoryLevel;
import org.tandem.organization.entity.UserAccount;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.shell.Feedback;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The administrator's sales map: regions, areas and territories, and who works in each. */
@Named
@ViewScoped
public class TerritoriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Refusals that concern one field of the dialog; the rest are shown above the fields. */
    private static final Map<String, String> FIELD_OF_REFUSAL = Map.of(
            "tandem.territory.code.taken", "code",
            "tandem.territory.regionHasNoParent", "parent",
            "tandem.territory.parentRequired", "parent",
            "tandem.territory.parentLevel", "parent",
            "tandem.territory.memberNotSales", "members");

    @EJB
    TerritoryAdministration administration;

    @EJB
    UserAdministration users;

    @Inject
    Feedback feedback;

    private PagedList<Territory> territories;
    private Map<Long, Long> memberCounts = Map.of();
    private TerritoryForm form = new TerritoryForm();
    private List<Territory> parents = List.of();
    private List<UserAccount> memberChoices = List.of();

    @PostConstruct
    void init() {
        territories = new PagedList<>(request -> administration.findTerritories(request), Territory::getId);
    }

    public void openNew() {
        form = new TerritoryForm();
        levelChanged();
    }

    public void openEdit(Territory territory) {
        List<UserAccount> members = administration.members(territory.getId());
        form = TerritoryForm.of(territory, members.stream().map(UserAccount::getId).toList());
        parents = new ArrayList<>(administration.possibleParents(territory.getLevel()));
        // the present parent stays choosable even when it has been deactivated since
        if (territory.getParent() != null && !parents.contains(territory.getParent())) {
            parents.add(0, territory.getParent());
        }
        // so do present members who are no longer enabled sales people: saving must not drop them unseen
        TreeSet<UserAccount> choices = new TreeSet<>(Comparator.comparing(UserAccount::getUsername));
        choices.addAll(users.salesPeople());
        choices.addAll(members);
        memberChoices = new ArrayList<>(choices);
    }

    /** A new node's level decides which nodes it may hang under. */
    public void levelChanged() {
        form.setParentId(null);
        parents = form.getLevel() == null ? List.of() : administration.possibleParents(form.getLevel());
    }

    public void save() {
        try {
            Territory saved = form.isNew()
                    ? administration.create(form.getCode(), form.getName(), form.getLevel(),
                    form.isParentNeeded() ? form.getParentId() : null)
                    : administration.update(form.getId(), form.getVersion(), form.getName(), form.getParentId(),
                    form.memberIdSet());
            feedback.info(form.isNew() ? "admin.territory.created" : "admin.territory.saved", saved.getCode());
            memberCounts = Map.of();
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update("growl", "territories:table");
        } catch (RuleViolation violation) {
            String field = FIELD_OF_REFUSAL.get(violation.getKey());
            feedback.refused(field == null ? null : "territoryForm:" + field, violation);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Deactivates an active node and activates an inactive one, if nobody changed it since the list was read. */
    public void toggleActive(Territory territory) {
        try {
            administration.setActive(territory.getId(), territory.getVersion(), !territory.isActive());
            feedback.info(territory.isActive() ? "admin.territory.wasDeactivated" : "admin.territory.wasActivated",
                    territory.getCode());
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
    }

    /** How many people work in a node; read for the whole page on show at the first row that asks. */
    public long memberCount(Territory territory) {
        if (!memberCounts.containsKey(territory.getId())) {
            memberCounts = administration.memberCounts(
                    territories.getWrappedData().stream().map(Territory::getId).toList());
        }
        return memberCounts.getOrDefault(territory.getId(), 0L);
    }

    public TerritoryLevel[] getLevels() {
        return TerritoryLevel.values();
    }

    public PagedList<Territory> getTerritories() {
        return territories;
    }

    public TerritoryForm getForm() {
        return form;
    }

    public List<Territory> getParents() {
        return parents;
    }

    public List<UserAccount> getMemberChoices() {
        return memberChoices;
    }
}
