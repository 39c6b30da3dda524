package org.tandem.web.pricing;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.tandem.customer.boundary.CustomerToPrice;

/** Carries a picked customer through the page with the facts pricing needs. */
@FacesConverter("customerToPrice")
public class CustomerToPriceConverter implements Converter<CustomerToPrice> {

    @Override
    public CustomerToPrice getAsObject(FacesContext context, UIComponent component, String value) {
        String[] parts = PackedText.unpack(value, 6);
        return parts == null || parts[0] == null ? null
                : new CustomerToPrice(Long.parseLong(parts[0]), parts[1], parts[2], parts[3], parts[4], parts[5]);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CustomerToPrice value) {
        return value == null ? "" : PackedText.pack(value.id(), value.code(), value.name(), value.customerGroup(),
                value.channel(), value.territory());
    }
}
