package org.tandem.web.pricing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.tandem.catalog.boundary.Catalog;
import org.tandem.shared.boundary.PageRequest;

import java.util.List;
import java.util.Map;

/** The products the pricing screens' pickers offer for what the user typed. */
@Named
@RequestScoped
public class ProductPicker {

    private static final int SUGGESTIONS = 15;

    @EJB
    Catalog catalog;

    public List<ProductChoice> complete(String text) {
        Map<String, Object> filters = text == null || text.isBlank() ? Map.of() : Map.of("text", text.trim());
        return catalog.findProducts(new PageRequest(0, SUGGESTIONS, "sku", true, filters)).rows().stream()
                .map(ProductChoice::of)
                .toList();
    }
}
