package org.tandem.survey.boundary;

import java.io.Serializable;

/** Something to pick in a list: a territory or a rep, by id, with its code and name. */
public record Choice(long id, String code, String name) implements Serializable {

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
