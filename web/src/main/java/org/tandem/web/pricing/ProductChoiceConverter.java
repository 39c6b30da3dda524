package org.tandem.web.pricing;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/** Carries a picked product through the page by id, SKU and name. */
@FacesConverter("productChoice")
public class ProductChoiceConverter implements Converter<ProductChoice> {

    @Override
    public ProductChoice getAsObject(FacesContext context, UIComponent component, String value) {
        String[] parts = PackedText.unpack(value, 3);
        return parts == null || parts[0] == null ? null : new ProductChoice(Long.parseLong(parts[0]), parts[1], parts[2]);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ProductChoice value) {
        return value == null ? "" : PackedText.pack(value.id(), value.sku(), value.name());
    }
}
