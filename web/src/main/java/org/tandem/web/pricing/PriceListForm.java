package org.tandem.web.pricing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tandem.pricing.boundary.PriceListTerms;
import org.tandem.pricing.entity.PriceList;
import org.tandem.shared.entity.Texts;

import java.io.Serializable;
import java.time.LocalDate;

/** What the price list dialog holds while marketing types; the constraints are the session bean's. */
public class PriceListForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "[A-Za-z0-9-]+", message = "{tandem.pricing.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = 100)
    private String name;

    @Size(max = 20)
    private String channel;

    @Size(max = 20)
    private String customerGroup;

    @NotNull
    @Pattern(regexp = "[A-Z]{3}")
    private String currency = "CNY";

    @NotNull
    private LocalDate fromDate = LocalDate.now();

    private LocalDate thruDate;
    private boolean pricesIncludeTax;
    private boolean active = true;

    public static PriceListForm of(PriceList list) {
        PriceListForm form = new PriceListForm();
        form.id = list.getId();
        form.version = list.getVersion();
        form.code = list.getCode();
        form.name = list.getName();
        form.channel = list.getChannel();
        form.customerGroup = list.getCustomerGroup();
        form.currency = list.getCurrency();
        form.fromDate = list.getFromDate();
        form.thruDate = list.getThruDate();
        form.pricesIncludeTax = list.isPricesIncludeTax();
        form.active = list.isActive();
        return form;
    }

    public PriceListTerms terms() {
        return new PriceListTerms(code, name, Texts.blankToNull(channel), Texts.blankToNull(customerGroup), currency, fromDate,
                thruDate, pricesIncludeTax, active);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getCustomerGroup() {
        return customerGroup;
    }

    public void setCustomerGroup(String customerGroup) {
        this.customerGroup = customerGroup;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getThruDate() {
        return thruDate;
    }

    public void setThruDate(LocalDate thruDate) {
        this.thruDate = thruDate;
    }

    public boolean isPricesIncludeTax() {
        return pricesIncludeTax;
    }

    public void setPricesIncludeTax(boolean pricesIncludeTax) {
        this.pricesIncludeTax = pricesIncludeTax;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
