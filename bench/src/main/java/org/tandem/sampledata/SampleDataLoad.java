package org.tandem.sampledata;

import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The demo data set written as the embedded server writes it on first start, into the caller's transaction. */
public final class SampleDataLoad {

    private SampleDataLoad() {
    }

    /** Nobody logs in to a benchmark database: the users get a hash that no password matches. */
    public static void write(EntityManager em) {
        SampleData.write(em, SampleDataSet.generate("no-login", OffsetDateTime.now(ZoneOffset.UTC)));
    }
}
