package org.tandem.shared.entity;

import java.time.LocalDate;

/**
 * How document numbers read: a prefix, the year and a running number, e.g. {@code SO-2026-000151}. The running
 * number is the document's id for documents that may have gaps, and the per-year counter for those that may not
 * (invoices and credit notes).
 */
public final class DocumentNumbers {

    private DocumentNumbers() {
    }

    public static String format(String prefix, LocalDate date, long running) {
        return String.format("%s-%d-%06d", prefix, date.getYear(), running);
    }
}
