package org.tandem.marketing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.tandem.catalog.entity.Product;

import java.util.Objects;

/** A competitor's product, optionally mapped to the product of ours it competes with. */
@Entity
@Table(name = "competitor_product")
public class CompetitorProduct {

    @Id
    @SequenceGenerator(name = "competitor_product_seq", sequenceName = "competitor_product_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competitor_product_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "competitor_id", nullable = false, updatable = false)
    private Competitor competitor;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    @ManyToOne
    @JoinColumn(name = "our_product_id")
    private Product ourProduct;

    @Version
    private long version;

    protected CompetitorProduct() {
    }

    public CompetitorProduct(Competitor competitor, String name, Product ourProduct) {
        this.competitor = Objects.requireNonNull(competitor);
        describe(name, ourProduct);
    }

    public final void describe(String newName, Product competesWith) {
        this.name = Objects.requireNonNull(newName).trim();
        this.ourProduct = competesWith;
    }

    public Long getId() {
        return id;
    }

    public Competitor getCompetitor() {
        return competitor;
    }

    public String getName() {
        return name;
    }

    public Product getOurProduct() {
        return ourProduct;
    }

    public long getVersion() {
        return version;
    }
}
