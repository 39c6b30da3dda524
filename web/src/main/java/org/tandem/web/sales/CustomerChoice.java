package org.tandem.web.sales;

import org.tandem.customer.entity.Customer;

import java.io.Serializable;

/** A customer as the document screens pick it: its id, and its code and name to show. */
public record CustomerChoice(long id, String code, String name) implements Serializable {

    public static CustomerChoice of(Customer customer) {
        return new CustomerChoice(customer.getId(), customer.getCode(), customer.getName());
    }

    // Jakarta EL 5 reads JavaBean getters, not record accessors
    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getLabel() {
        return code + " · " + name;
    }
}
