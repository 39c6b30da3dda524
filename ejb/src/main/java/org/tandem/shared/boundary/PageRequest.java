package org.tandem.shared.boundary;

import java.io.Serializable;
import java.util.Map;

/**
 * One page of a list as a screen asks for it: where it starts, how long it is, how it is sorted and
 * filtered. Filter keys are the list's own field names; each list says which it understands.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Map<String, Object> filters)
        implements Serializable {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static PageRequest firstPage(int size) {
        return new PageRequest(0, size, null, true, Map.of());
    }

    /** The filter value as trimmed text, or null when absent or blank. */
    public String text(String key) {
        Object value = filters.get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }
}
