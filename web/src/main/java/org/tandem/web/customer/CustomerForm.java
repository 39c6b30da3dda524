package org.tandem.web.customer;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tandem.customer.boundary.CustomerDetails;
import org.tandem.customer.entity.Channel;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerKind;
import org.tandem.customer.entity.CustomerStatus;

import java.io.Serializable;
import java.math.BigDecimal;

/** What the customer dialog holds while the rep types; the constraints are the session bean's, so a wrong field is named at once. */
public class CustomerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "[A-Za-z0-9-]+", message = "{tandem.customer.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotNull
    private CustomerKind kind = CustomerKind.RETAIL_OUTLET;

    @NotNull
    private Long territoryId;

    @NotNull
    private Long ownerId;

    @Size(max = 200)
    private String address;

    @Size(max = 30)
    private String phone;

    @Size(max = 20)
    @Pattern(regexp = "[A-Za-z0-9-]*", message = "{tandem.customer.group.pattern}")
    private String customerGroup;

    @NotNull
    private Channel channel = Channel.TRADITIONAL_TRADE;

    @NotNull
    @Min(0)
    @Max(Customer.MAX_PAYMENT_TERMS_DAYS)
    private Integer paymentTermsDays = Customer.DEFAULT_PAYMENT_TERMS_DAYS;

    @NotNull
    private CustomerStatus status = CustomerStatus.ACTIVE;

    @NotNull
    @DecimalMin("0")
    private BigDecimal creditLimit = BigDecimal.ZERO;

    private String currency;

    /** The form for changing a customer, at the version the rep sees. */
    public static CustomerForm of(Customer customer) {
        CustomerForm form = new CustomerForm();
        form.id = customer.getId();
        form.version = customer.getVersion();
        form.code = customer.getCode();
        form.name = customer.getName();
        form.kind = customer.getKind();
        form.territoryId = customer.getTerritory().getId();
        form.ownerId = customer.getOwner() == null ? null : customer.getOwner().getId();
        form.address = customer.getAddress();
        form.phone = customer.getPhone();
        form.customerGroup = customer.getCustomerGroup();
        form.channel = customer.getChannel();
        form.paymentTermsDays = customer.getPaymentTermsDays();
        form.status = customer.getStatus();
        form.creditLimit = customer.getCreditLimit().getAmount();
        form.currency = customer.getCreditLimit().getCurrency();
        return form;
    }

    public CustomerDetails details() {
        return new CustomerDetails(name, kind, territoryId, ownerId, address, phone, customerGroup, channel,
                paymentTermsDays, status, creditLimit);
    }

    public boolean isNew() {
        return id == null;
    }

    /** A new customer sells through the channel its kind usually does. */
    public void kindChosen() {
        if (isNew() && kind != null) {
            channel = Channel.usualFor(kind);
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
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

    public CustomerKind getKind() {
        return kind;
    }

    public void setKind(CustomerKind kind) {
        this.kind = kind;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCustomerGroup() {
        return customerGroup;
    }

    public void setCustomerGroup(String customerGroup) {
        this.customerGroup = customerGroup;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public Integer getPaymentTermsDays() {
        return paymentTermsDays;
    }

    public void setPaymentTermsDays(Integer paymentTermsDays) {
        this.paymentTermsDays = paymentTermsDays;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public void setStatus(CustomerStatus status) {
        this.status = status;
    }

    public BigDecimal getCreditLimit() {
        return creditLimit;
    }

    public void setCreditLimit(BigDecimal creditLimit) {
        this.creditLimit = creditLimit;
    }

    public String getCurrency() {
        return currency;
    }
}
