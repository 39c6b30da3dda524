package org.tandem.web.marketing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.catalog.entity.Brand;
import org.tandem.marketing.boundary.LaunchPlans;
import org.tandem.marketing.entity.LaunchPlan;
import org.tandem.segment.boundary.Segments;
import org.tandem.segment.entity.Positioning;
import org.tandem.segment.entity.Segment;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.shell.Feedback;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A brand's positioning per segment (target segments first) and its launch plans. */
@Named
@ViewScoped
public class BrandsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    LaunchPlans launches;

    @EJB
    Segments segments;

    @Inject
    Feedback feedback;

    private List<Brand> brands;
    private Long brandId;
    private List<Segment> segmentList;
    private final Map<Long, String> statements = new HashMap<>();
    private final Map<Long, Long> versions = new HashMap<>();
    private PagedList<LaunchPlan> plans;

    @PostConstruct
    void init() {
        brands = launches.brands();
        brandId = brands.isEmpty() ? null : brands.get(0).getId();
        segmentList = segments.all().stream()
                .sorted((a, b) -> Boolean.compare(b.isTarget(), a.isTarget())).toList();
        plans = new PagedList<>(request -> brandId == null ? new Page<>(List.of(), 0) : launches.find(
                new PageRequest(request.first(), request.size(), request.sortField(), request.ascending(),
                        withBrand(request.filters()))), LaunchPlan::getId);
        brandChosen();
    }

    private Map<String, Object> withBrand(Map<String, Object> filters) {
        Map<String, Object> all = new HashMap<>(filters);
        all.put("brandId", brandId);
        return all;
    }

    public void brandChosen() {
        statements.clear();
        versions.clear();
        if (brandId == null) {
            return;
        }
        for (Positioning p : segments.positioning(brandId)) {
            statements.put(p.getSegment().getId(), p.getStatement());
            versions.put(p.getSegment().getId(), p.getVersion());
        }
    }

    public void savePositioning(Segment segment) {
        String text = statements.get(segment.getId());
        if (text == null || text.isBlank()) {
            feedback.error("brand.positioning.empty", segment.getCode());
            return;
        }
        try {
            Positioning saved = segments.position(brandId, segment.getId(), versions.getOrDefault(segment.getId(), 0L), text);
            versions.put(segment.getId(), saved.getVersion());
            feedback.info("brand.positioning.saved", segment.getCode());
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
    }

    public long overdue(LaunchPlan plan) {
        return plan.overdueOn(LocalDate.now());
    }

    public List<Brand> getBrands() {
        return brands;
    }

    public Long getBrandId() {
        return brandId;
    }

    public void setBrandId(Long brandId) {
        this.brandId = brandId;
    }

    public List<Segment> getSegmentList() {
        return segmentList;
    }

    public Map<Long, String> getStatements() {
        return statements;
    }

    public PagedList<LaunchPlan> getPlans() {
        return plans;
    }
}
