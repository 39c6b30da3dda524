package org.tandem.survey.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A free text answered, with who answered it and when. */
public record TextAnswer(String text, String rep, LocalDate submittedOn) implements Serializable {

    public String getText() {
        return text;
    }

    public String getRep() {
        return rep;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }
}
