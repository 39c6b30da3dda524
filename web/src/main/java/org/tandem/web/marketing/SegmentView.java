package org.tandem.web.marketing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.customer.entity.Channel;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.organization.entity.Territory;
import org.tandem.segment.boundary.SegmentTerms;
import org.tandem.segment.boundary.Segments;
import org.tandem.segment.entity.Segment;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.shell.Feedback;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** One segment: its criteria, and the customers who meet them today, with their count. */
@Named
@ViewScoped
public class SegmentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Segments segments;

    @Inject
    Feedback feedback;

    private Long id;
    private Segment segment;
    private String refusal;
    private List<Territory> territories;
    private PagedList<Customer> members;

    private String code;
    private String name;
    private CustomerKind customerKind;
    private Channel channel;
    private Long territoryId;
    private String customerGroup;
    private BigDecimal minRevenue;
    private BigDecimal maxRevenue;
    private boolean target;

    public void load() {
        territories = segments.territories();
        members = new PagedList<>(request -> segment == null ? new Page<>(List.of(), 0)
                : segments.members(segment.getId(), request), Customer::getId);
        if (id == null) {
            return;
        }
        try {
            show(segments.segment(id));
        } catch (RuleViolation violation) {
            refusal = feedback.text(violation.getKey(), violation.getArguments());
        }
    }

    public void save() {
        SegmentTerms terms = new SegmentTerms(code, name, customerKind, channel, territoryId, customerGroup, minRevenue,
                maxRevenue, target);
        try {
            boolean created = segment == null;
            show(created ? segments.create(terms) : segments.update(segment.getId(), segment.getVersion(), terms));
            feedback.info(created ? "segment.created" : "segment.saved", segment.getCode());
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
    }

    private void show(Segment shown) {
        segment = shown;
        id = shown.getId();
        code = shown.getCode();
        name = shown.getName();
        customerKind = shown.getCustomerKind();
        channel = shown.getChannel();
        territoryId = shown.getTerritory() == null ? null : shown.getTerritory().getId();
        customerGroup = shown.getCustomerGroup();
        minRevenue = shown.getMinRevenue();
        maxRevenue = shown.getMaxRevenue();
        target = shown.isTarget();
    }

    public long getMemberCount() {
        return segment == null ? 0 : segments.memberCount(segment.getId());
    }

    public CustomerKind[] getKinds() {
        return CustomerKind.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public List<Territory> getTerritories() {
        return territories;
    }

    public PagedList<Customer> getMembers() {
        return members;
    }

    public Segment getSegment() {
        return segment;
    }

    public String getRefusal() {
        return refusal;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CustomerKind getCustomerKind() {
        return customerKind;
    }

    public void setCustomerKind(CustomerKind customerKind) {
        this.customerKind = customerKind;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
    }

    public String getCustomerGroup() {
        return customerGroup;
    }

    public void setCustomerGroup(String customerGroup) {
        this.customerGroup = customerGroup;
    }

    public BigDecimal getMinRevenue() {
        return minRevenue;
    }

    public void setMinRevenue(BigDecimal minRevenue) {
        this.minRevenue = minRevenue;
    }

    public BigDecimal getMaxRevenue() {
        return maxRevenue;
    }

    public void setMaxRevenue(BigDecimal maxRevenue) {
        this.maxRevenue = maxRevenue;
    }

    public boolean isTarget() {
        return target;
    }

    public void setTarget(boolean target) {
        this.target = target;
    }
}
