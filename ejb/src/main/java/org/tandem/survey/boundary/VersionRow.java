package org.tandem.survey.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One version of a survey form: when it was made, how many questions it asks, how many responses it has. */
public record VersionRow(long id, int number, OffsetDateTime createdAt, int questions, long responses)
        implements Serializable {

    public long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public int getQuestions() {
        return questions;
    }

    public long getResponses() {
        return responses;
    }
}
