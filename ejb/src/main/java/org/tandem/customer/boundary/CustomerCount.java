package org.tandem.customer.boundary;

import org.tandem.customer.entity.CustomerKind;

import java.io.Serializable;

/** How many customers of one kind a user can see. */
public record CustomerCount(CustomerKind kind, long count) implements Serializable {

    // Jakarta EL 5 reads JavaBean getters, not record accessors
    public CustomerKind getKind() {
        return kind;
    }

    public long getCount() {
        return count;
    }
}
