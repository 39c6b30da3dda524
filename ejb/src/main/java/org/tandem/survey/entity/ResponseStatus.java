package org.tandem.survey.entity;

public enum ResponseStatus {
    DRAFT, SUBMITTED
}
