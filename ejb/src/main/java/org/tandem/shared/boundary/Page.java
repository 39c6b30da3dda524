package org.tandem.shared.boundary;

import java.io.Serializable;
import java.util.List;

/** The rows of one page and the number of rows on all pages together. */
public record Page<T>(List<T> rows, long total) implements Serializable {

    public Page {
        rows = List.copyOf(rows);
    }
}
