package org.tandem.catalog.boundary;

import java.io.Serializable;

/** A brand with the number of its active products. */
public record BrandSummary(String code, String name, String category, long products) implements Serializable {
}
