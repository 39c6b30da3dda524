package org.tandem.survey.entity;

public enum FindingStatus {
    OPEN, DONE
}
