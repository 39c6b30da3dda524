package org.tandem.web.sales;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.tandem.web.pricing.PackedText;

/** Carries a picked customer through the page by id, code and name. */
@FacesConverter("customerChoice")
public class CustomerChoiceConverter implements Converter<CustomerChoice> {

    @Override
    public CustomerChoice getAsObject(FacesContext context, UIComponent component, String value) {
        String[] parts = PackedText.unpack(value, 3);
        return parts == null || parts[0] == null ? null : new CustomerChoice(Long.parseLong(parts[0]), parts[1], parts[2]);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CustomerChoice value) {
        return value == null ? "" : PackedText.pack(value.id(), value.code(), value.name());
    }
}
