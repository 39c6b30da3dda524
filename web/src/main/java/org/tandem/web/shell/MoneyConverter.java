package org.tandem.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.tandem.shared.entity.Money;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Shows an amount as "1,234.50 CNY": the currency's decimals, grouped in the user's language, with its code.
 * Display only; amounts are typed into number inputs.
 */
@FacesConverter("tandem.Money")
public class MoneyConverter implements Converter<Money> {

    public static String format(Money money, Locale locale) {
        if (money == null) {
            return "";
        }
        int digits = Currency.getInstance(money.getCurrency()).getDefaultFractionDigits();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(money.getAmount()) + " " + money.getCurrency();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Money value) {
        return format(value, context.getViewRoot().getLocale());
    }

    @Override
    public Money getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("an amount is shown, not typed, as money");
    }
}
