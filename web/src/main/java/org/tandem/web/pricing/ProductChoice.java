package org.tandem.web.pricing;

import org.tandem.catalog.entity.Product;

import java.io.Serializable;

/** A product as the pricing screens pick it: enough to send its id and to show which one it is. */
public record ProductChoice(long id, String sku, String name) implements Serializable {

    public static ProductChoice of(Product product) {
        return new ProductChoice(product.getId(), product.getSku(), product.getName());
    }

    // Jakarta EL 5 reads JavaBean getters, not record accessors
    public long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public String getLabel() {
        return sku + " · " + name;
    }
}
