package org.tandem.web.marketing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.catalog.entity.Product;
import org.tandem.marketing.boundary.CompetitorIntelligence;
import org.tandem.marketing.boundary.LaunchPlans;
import org.tandem.marketing.boundary.TrendPoint;
import org.tandem.marketing.entity.Competitor;
import org.tandem.marketing.entity.CompetitorProduct;
import org.tandem.marketing.entity.PriceObservation;
import org.tandem.organization.entity.Territory;
import org.tandem.segment.boundary.Segments;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.shell.Feedback;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Competitors and their products, the observations from the field (filtered, exported) and the average observed
 * price per territory and month as a line chart; the trend and the list share the filters.
 */
@Named
@ViewScoped
public class CompetitorsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#1f6feb", "#e8590c", "#2f9e44", "#9c36b5", "#f08c00", "#0c8599"};

    @EJB
    CompetitorIntelligence intelligence;

    @EJB
    Segments segments;

    @EJB
    LaunchPlans launches;

    @Inject
    Feedback feedback;

    @Inject
    ObservationForm observationForm;

    private List<Competitor> competitors;
    private List<CompetitorProduct> products;
    private List<Territory> territories;
    private List<Product> ourProducts;
    private PagedList<PriceObservation> observations;
    private List<TrendPoint> trend;

    private Long territoryId;
    private Long competitorId;
    private Long competitorProductId;
    private LocalDate from;
    private LocalDate thru;

    private String competitorName;
    private String competitorNote;
    private Long productCompetitorId;
    private String productName;
    private Long ourProductId;

    @PostConstruct
    void init() {
        territories = segments.territories();
        ourProducts = launches.brands().stream().flatMap(b -> launches.productsOf(b.getId()).stream()).toList();
        observations = new PagedList<>(request -> intelligence.findObservations(new PageRequest(request.first(),
                request.size(), request.sortField(), request.ascending(), filters(request.filters()))), PriceObservation::getId);
        reload();
    }

    public void applyFilters() {
        trend = intelligence.trend(new PageRequest(0, 1, null, true, filters(Map.of())));
    }

    public void addCompetitor() {
        try {
            Competitor saved = intelligence.saveCompetitor(null, 0, competitorName, competitorNote);
            feedback.info("competitor.saved", saved.getName());
            competitorName = null;
            competitorNote = null;
            reload();
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
    }

    public void addProduct() {
        try {
            CompetitorProduct saved = intelligence.saveProduct(null, 0, productCompetitorId, productName, ourProductId);
            feedback.info("competitor.product.saved", saved.getName());
            productName = null;
            ourProductId = null;
            reload();
            observationForm.refresh();
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
    }

    private void reload() {
        competitors = intelligence.competitors();
        products = intelligence.products();
        // prices of different products do not average into anything: the trend starts with one product
        if (competitorProductId == null && !products.isEmpty()) {
            competitorProductId = products.get(0).getId();
        }
        applyFilters();
    }

    private Map<String, Object> filters(Map<String, Object> columnFilters) {
        Map<String, Object> all = new HashMap<>(columnFilters);
        put(all, "territoryId", territoryId);
        put(all, "competitorId", competitorId);
        put(all, "competitorProductId", competitorProductId);
        put(all, "from", from);
        put(all, "thru", thru);
        return all;
    }

    private static void put(Map<String, Object> filters, String key, Object value) {
        if (value != null) {
            filters.put(key, value.toString());
        }
    }

    /** One line per territory over the months observed; a month without observations leaves a gap. */
    public String getTrendChart() {
        List<String> months = new ArrayList<>(new TreeSet<>(trend.stream().map(TrendPoint::getMonth).toList()));
        Map<String, Map<String, BigDecimal>> byTerritory = new java.util.TreeMap<>();
        trend.forEach(p -> byTerritory.computeIfAbsent(p.territory(), t -> new HashMap<>()).put(p.getMonth(), p.averagePrice()));
        List<ChartJson.Series> series = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Map<String, BigDecimal>> territory : byTerritory.entrySet()) {
            series.add(new ChartJson.Series(territory.getKey(), COLOURS[i++ % COLOURS.length],
                    months.stream().map(m -> territory.getValue().get(m)).toList()));
        }
        return ChartJson.line(months, series);
    }

    public List<Competitor> getCompetitors() {
        return competitors;
    }

    public List<CompetitorProduct> getProducts() {
        return products;
    }

    public List<Territory> getTerritories() {
        return territories;
    }

    public List<Product> getOurProducts() {
        return ourProducts;
    }

    public PagedList<PriceObservation> getObservations() {
        return observations;
    }

    public List<TrendPoint> getTrend() {
        return trend;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
    }

    public Long getCompetitorId() {
        return competitorId;
    }

    public void setCompetitorId(Long competitorId) {
        this.competitorId = competitorId;
    }

    public Long getCompetitorProductId() {
        return competitorProductId;
    }

    public void setCompetitorProductId(Long competitorProductId) {
        this.competitorProductId = competitorProductId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getThru() {
        return thru;
    }

    public void setThru(LocalDate thru) {
        this.thru = thru;
    }

    public String getCompetitorName() {
        return competitorName;
    }

    public void setCompetitorName(String competitorName) {
        this.competitorName = competitorName;
    }

    public String getCompetitorNote() {
        return competitorNote;
    }

    public void setCompetitorNote(String competitorNote) {
        this.competitorNote = competitorNote;
    }

    public Long getProductCompetitorId() {
        return productCompetitorId;
    }

    public void setProductCompetitorId(Long productCompetitorId) {
        this.productCompetitorId = productCompetitorId;
    }

    public String getProductName() {
        return productName;
    }

    public void setProductName(String productName) {
        this.productName = productName;
    }

    public Long getOurProductId() {
        return ourProductId;
    }

    public void setOurProductId(Long ourProductId) {
        this.ourProductId = ourProductId;
    }
}
