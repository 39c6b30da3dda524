package org.tandem.customer.boundary;

import org.tandem.customer.entity.CustomerKind;

import java.io.Serializable;

/** How many customers of one kind a user can see. */
public record CustomerCount(CustomerKind kind, long count) implements Serializable {
}
