package org.tandem.promotion.boundary;

import java.io.Serializable;

/** A campaign or a brand as the request form offers it. */
public record Choice(long id, String code, String name) implements Serializable {

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
