package org.tandem.segment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.tandem.customer.entity.Channel;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.organization.entity.Territory;

import java.math.BigDecimal;

/**
 * A segment of the market: criteria over customers (AND-ed; an unset criterion matches every customer). Its
 * members are never stored; they are whoever meets the criteria today. A target segment is one marketing aims at.
 */
@Entity
@Table(name = "segment")
public class Segment {

    @Id
    @SequenceGenerator(name = "segment_seq", sequenceName = "segment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "segment_seq")
    private Long id;

    @NotBlank
    @Size(max = 20)
    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_kind", length = 20)
    private CustomerKind customerKind;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Channel channel;

    /** Customers of this territory or any below it. */
    @ManyToOne
    @JoinColumn(name = "territory_id")
    private Territory territory;

    @Size(max = 20)
    @Column(name = "customer_group", length = 20)
    private String customerGroup;

    /** Size by last year's revenue (net invoiced), in the company currency; bounds inclusive. */
    @Column(name = "min_revenue", precision = 19, scale = 4)
    private BigDecimal minRevenue;

    @Column(name = "max_revenue", precision = 19, scale = 4)
    private BigDecimal maxRevenue;

    @Column(nullable = false)
    private boolean target;

    @Version
    private long version;

    protected Segment() {
    }

    public Segment(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public void rename(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public void select(CustomerKind customerKind, Channel channel, Territory territory, String customerGroup,
                       BigDecimal minRevenue, BigDecimal maxRevenue) {
        this.customerKind = customerKind;
        this.channel = channel;
        this.territory = territory;
        this.customerGroup = customerGroup;
        this.minRevenue = minRevenue;
        this.maxRevenue = maxRevenue;
    }

    public void markTarget(boolean target) {
        this.target = target;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public CustomerKind getCustomerKind() {
        return customerKind;
    }

    public Channel getChannel() {
        return channel;
    }

    public Territory getTerritory() {
        return territory;
    }

    public String getCustomerGroup() {
        return customerGroup;
    }

    public BigDecimal getMinRevenue() {
        return minRevenue;
    }

    public BigDecimal getMaxRevenue() {
        return maxRevenue;
    }

    public boolean isTarget() {
        return target;
    }

    public long getVersion() {
        return version;
    }
}
