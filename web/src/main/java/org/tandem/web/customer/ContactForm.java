package org.tandem.web.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.tandem.customer.boundary.ContactDetails;
import org.tandem.customer.entity.CustomerContact;

import java.io.Serializable;

/** The contact being added or changed inside the customer dialog. */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    @NotBlank
    @Size(max = 60)
    private String name;

    @Size(max = 60)
    private String position;

    @Size(max = 30)
    private String phone;

    @Email
    @Size(max = 200)
    private String email;

    private boolean primary;

    public static ContactForm of(CustomerContact contact) {
        ContactForm form = new ContactForm();
        form.id = contact.getId();
        form.name = contact.getName();
        form.position = contact.getPosition();
        form.phone = contact.getPhone();
        form.email = contact.getEmail();
        form.primary = contact.isPrimary();
        return form;
    }

    public ContactDetails details() {
        return new ContactDetails(name, position, phone, email, primary);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isPrimary() {
        return primary;
    }

    public void setPrimary(boolean primary) {
        this.primary = primary;
    }
}
