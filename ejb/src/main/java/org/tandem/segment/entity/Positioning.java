package org.tandem.segment.entity;

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
import org.tandem.catalog.entity.Brand;

import java.util.Objects;

/** How a brand wants to be seen by the customers of one segment: one statement per brand and segment. */
@Entity
@Table(name = "positioning")
public class Positioning {

    @Id
    @SequenceGenerator(name = "positioning_seq", sequenceName = "positioning_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "positioning_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "brand_id", nullable = false, updatable = false)
    private Brand brand;

    @ManyToOne(optional = false)
    @JoinColumn(name = "segment_id", nullable = false, updatable = false)
    private Segment segment;

    @NotBlank
    @Size(max = 2000)
    @Column(nullable = false, length = 2000)
    private String statement;

    @Column(name = "written_by", nullable = false, length = 60)
    private String writtenBy;

    @Version
    private long version;

    protected Positioning() {
    }

    public Positioning(Brand brand, Segment segment, String statement, String writtenBy) {
        this.brand = Objects.requireNonNull(brand);
        this.segment = Objects.requireNonNull(segment);
        rewrite(statement, writtenBy);
    }

    public final void rewrite(String newStatement, String author) {
        this.statement = Objects.requireNonNull(newStatement).trim();
        this.writtenBy = author;
    }

    public Long getId() {
        return id;
    }

    public Brand getBrand() {
        return brand;
    }

    public Segment getSegment() {
        return segment;
    }

    public String getStatement() {
        return statement;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public long getVersion() {
        return version;
    }
}
