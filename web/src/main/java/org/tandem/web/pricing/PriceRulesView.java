package org.tandem.web.pricing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.tandem.catalog.boundary.Catalog;
import org.tandem.customer.entity.Channel;
import org.tandem.pricing.boundary.PriceAdministration;
import org.tandem.pricing.entity.PriceAction;
import org.tandem.pricing.entity.PriceRule;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.shell.Feedback;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Marketing's price rules and the dialog that creates and changes them. */
@Named
@ViewScoped
public class PriceRulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Refusals that concern one field of the rule dialog; the rest are shown above its fields. */
    private static final Map<String, String> FIELD_OF_REFUSAL = Map.of(
            "tandem.pricing.periodReversed", "thruDate",
            "tandem.pricing.rule.percentOutOfRange", "value",
            "tandem.pricing.rule.currencyRequired", "currency",
            "tandem.pricing.unknownProduct", "product");

    @EJB
    PriceAdministration administration;

    @EJB
    Catalog catalog;

    @Inject
    Feedback feedback;

    private PagedList<PriceRule> rules;
    private PriceRuleForm form = new PriceRuleForm();
    // rules name products by id; the SKUs already shown are kept so a page asks at most once for each
    private final Map<Long, ProductChoice> products = new HashMap<>();

    @PostConstruct
    void init() {
        rules = new PagedList<>(request -> administration.findRules(request), PriceRule::getId);
    }

    public void openNew() {
        form = new PriceRuleForm();
    }

    public void openEdit(PriceRule rule) {
        form = PriceRuleForm.of(rule, rule.getProductId() == null ? null : product(rule.getProductId()));
    }

    public void save() {
        try {
            PriceRule saved = form.isNew()
                    ? administration.createRule(form.terms())
                    : administration.updateRule(form.getId(), form.getVersion(), form.terms());
            feedback.info(form.isNew() ? "pricing.rule.created" : "pricing.rule.saved", saved.getName());
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update("growl", "rules:table");
        } catch (RuleViolation violation) {
            String field = FIELD_OF_REFUSAL.get(violation.getKey());
            feedback.refused(field == null ? null : "ruleForm:" + field, violation);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** The rule's conditions in a few words, e.g. "Channel: Wholesale · from 50". */
    public String conditions(PriceRule rule) {
        List<String> parts = new ArrayList<>();
        if (rule.getChannel() != null) {
            parts.add(feedback.text("pricing.channel") + ": " + feedback.text("customer.channel." + rule.getChannel()));
        }
        if (rule.getCustomerGroup() != null) {
            parts.add(feedback.text("pricing.customerGroup") + ": " + rule.getCustomerGroup());
        }
        if (rule.getProductId() != null) {
            parts.add(product(rule.getProductId()).getSku());
        }
        if (rule.getMinQuantity() != null) {
            parts.add(feedback.text("pricing.minQuantity") + " " + rule.getMinQuantity().stripTrailingZeros().toPlainString());
        }
        if (rule.getCustomerId() != null || rule.getTerritoryId() != null || rule.getBrandId() != null) {
            parts.add(feedback.text("pricing.rule.moreConditions"));
        }
        return parts.isEmpty() ? feedback.text("pricing.rule.noConditions") : String.join(" · ", parts);
    }

    private ProductChoice product(long id) {
        return products.computeIfAbsent(id, key -> catalog.products(Set.of(key)).stream().findFirst()
                .map(ProductChoice::of).orElse(new ProductChoice(key, "#" + key, "")));
    }

    public PriceAction[] getActions() {
        return PriceAction.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public PagedList<PriceRule> getRules() {
        return rules;
    }

    public PriceRuleForm getForm() {
        return form;
    }
}
