package org.tandem.web.print;

import org.tandem.shared.entity.Money;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The labels of a printed document in one language, and how its dates, amounts, quantities and rates read: dates
 * as 2026-03-01 and amounts as 1,234.56 in every language, as Chinese business documents write them too.
 */
public final class Wording {

    /** Where a date is not there yet, such as the invoice date of a draft. */
    static final String NONE = "–";

    private final Locale locale;
    private final ResourceBundle bundle;

    public Wording(Locale locale) {
        this.locale = locale;
        // no fallback to the server's own locale: English must come from the base bundle even on a Chinese server
        this.bundle = ResourceBundle.getBundle("org.tandem.web.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** An amount at its currency's scale, grouped by thousands. */
    public String money(Money money) {
        return amount(money.getAmount());
    }

    public String amount(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(Math.max(amount.scale(), 0));
        format.setMaximumFractionDigits(Math.max(amount.scale(), 0));
        return format.format(amount);
    }

    /** A unit price, which keeps up to four decimals but at least two. */
    public String unitPrice(BigDecimal price) {
        DecimalFormat format = new DecimalFormat("#,##0.00##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(price);
    }

    /** A quantity without trailing zeros: 12, 2.5. */
    public String quantity(BigDecimal quantity) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(quantity);
    }

    /** A tax rate kept as a fraction, as a percentage: 0.1300 reads 13%. */
    public String rate(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    public String date(LocalDate date) {
        return date == null ? NONE : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
}
