package org.tandem.shared.entity;

/** What a form's free text becomes before it is kept. */
public final class Texts {

    private Texts() {
    }

    /** Trimmed, and null when nothing but blanks was typed. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
