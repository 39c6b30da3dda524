package org.tandem.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.tandem.shared.entity.Texts;

import java.util.Objects;

/** A person the rep deals with at a customer. Part of the customer: it is changed only through {@link Customer}. */
@Entity
@Table(name = "customer_contact")
public class CustomerContact {

    @Id
    @SequenceGenerator(name = "customer_contact_seq", sequenceName = "customer_contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_contact_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @NotBlank
    @Size(max = 60)
    @Column(nullable = false, length = 60)
    private String name;

    @Size(max = 60)
    @Column(length = 60)
    private String position;

    @Size(max = 30)
    @Column(length = 30)
    private String phone;

    @Email
    @Size(max = 200)
    @Column(length = 200)
    private String email;

    @Column(name = "primary_contact", nullable = false)
    private boolean primary;

    @Version
    private long version;

    protected CustomerContact() {
    }

    CustomerContact(Customer customer, String name, String position, String phone, String email) {
        this.customer = Objects.requireNonNull(customer);
        describe(name, position, phone, email);
    }

    final void describe(String name, String position, String phone, String email) {
        this.name = Objects.requireNonNull(name).trim();
        this.position = Texts.blankToNull(position);
        this.phone = Texts.blankToNull(phone);
        this.email = Texts.blankToNull(email);
    }

    void setPrimary(boolean primary) {
        this.primary = primary;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getName() {
        return name;
    }

    public String getPosition() {
        return position;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public boolean isPrimary() {
        return primary;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return name;
    }
}
