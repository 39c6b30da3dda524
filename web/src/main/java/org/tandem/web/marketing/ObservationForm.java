package org.tandem.web.marketing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.marketing.boundary.CompetitorIntelligence;
import org.tandem.marketing.boundary.ObservationEntry;
import org.tandem.marketing.entity.CompetitorProduct;
import org.tandem.organization.entity.Territory;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.shell.Feedback;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A competitor price seen in the field, entered by marketing or by a rep in their own territories. */
@Named
@ViewScoped
public class ObservationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CompetitorIntelligence intelligence;

    @Inject
    Feedback feedback;

    private List<CompetitorProduct> products;
    private List<Territory> territories;
    private Long productId;
    private LocalDate observedOn = LocalDate.now();
    private Long territoryId;
    private String outlet;
    private BigDecimal price;
    private String promotion;

    @PostConstruct
    void init() {
        products = intelligence.products();
        territories = intelligence.observationTerritories();
        territoryId = territories.size() == 1 ? territories.get(0).getId() : null;
    }

    public void record() {
        try {
            intelligence.observe(new ObservationEntry(productId, observedOn, territoryId, null, outlet, price, promotion));
            feedback.info("observation.recorded");
            price = null;
            promotion = null;
            outlet = null;
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
    }

    /** Called when marketing adds a competitor product, so the choice offers it at once. */
    public void refresh() {
        products = intelligence.products();
    }

    public List<CompetitorProduct> getProducts() {
        return products;
    }

    public List<Territory> getTerritories() {
        return territories;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public void setObservedOn(LocalDate observedOn) {
        this.observedOn = observedOn;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getPromotion() {
        return promotion;
    }

    public void setPromotion(String promotion) {
        this.promotion = promotion;
    }
}
