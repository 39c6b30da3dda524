package org.tandem.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Objects;

/** A brand the company sells under, such as a baijiu line or a beer line. */
@Entity
@Table(name = "brand")
public class Brand {

    @Id
    @SequenceGenerator(name = "brand_seq", sequenceName = "brand_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "brand_seq")
    private Long id;

    @NotBlank
    @Size(max = 20)
    @Column(nullable = false, unique = true, updatable = false, length = 20)
    private String code;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String name;

    @NotBlank
    @Size(max = 40)
    @Column(nullable = false, length = 40)
    private String category;

    @Version
    private long version;

    protected Brand() {
    }

    public Brand(String code, String name, String category) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.category = Objects.requireNonNull(category);
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

    public String getCategory() {
        return category;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Brand other && code != null && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
