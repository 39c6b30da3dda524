package org.tandem.catalog.boundary;

import java.io.Serializable;

/** A brand with the number of its active products. */
public record BrandSummary(String code, String name, String category, long products) implements Serializable {

    // Jakarta EL 5 reads JavaBean getters, not record accessors
    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public long getProducts() {
        return products;
    }
}
