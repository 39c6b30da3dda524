package org.tandem.survey.entity;

/** What a question asks for, and so how it is answered and counted. */
public enum QuestionKind {
    SINGLE_CHOICE, MULTIPLE_CHOICE, NUMBER, OBSERVED_PRICE, YES_NO, RATING, FREE_TEXT;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
