package org.tandem.web.pricing;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Several values in one string and back, for pickers whose choice must survive a round trip through the page
 * without another look-up; each part is URL-encoded, so no value can break the separator.
 */
public final class PackedText {

    private static final String SEPARATOR = ",";
    private static final String NONE = "~";

    private PackedText() {
    }

    public static String pack(Object... parts) {
        return Arrays.stream(parts)
                .map(part -> part == null ? NONE : URLEncoder.encode(part.toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining(SEPARATOR));
    }

    /** The parts of {@code packed}, null where none was given; null when it does not hold {@code count} parts. */
    public static String[] unpack(String packed, int count) {
        String[] parts = Objects.requireNonNullElse(packed, "").split(SEPARATOR, -1);
        if (parts.length != count) {
            return null;
        }
        return Arrays.stream(parts)
                .map(part -> NONE.equals(part) ? null : URLDecoder.decode(part, StandardCharsets.UTF_8))
                .toArray(String[]::new);
    }
}
