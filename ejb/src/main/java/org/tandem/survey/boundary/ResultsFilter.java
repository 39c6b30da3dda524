package org.tandem.survey.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** Which submitted responses of a survey version to count: all, or of one territory, or submitted within a period. */
public record ResultsFilter(long versionId, Long territoryId, LocalDate from, LocalDate to) implements Serializable {

    public static ResultsFilter all(long versionId) {
        return new ResultsFilter(versionId, null, null, null);
    }
}
