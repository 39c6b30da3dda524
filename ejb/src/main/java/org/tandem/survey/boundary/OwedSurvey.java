package org.tandem.survey.boundary;

import org.tandem.survey.entity.ResponseStatus;

import java.io.Serializable;
import java.time.LocalDate;

/** A response a rep still owes: the assignment, its due date, and the draft if one was saved. */
public record OwedSurvey(long assignmentId, long surveyId, String title, String rep, String repName, LocalDate dueDate,
                         boolean overdue, ResponseStatus status) implements Serializable {

    public long getAssignmentId() {
        return assignmentId;
    }

    public long getSurveyId() {
        return surveyId;
    }

    public String getTitle() {
        return title;
    }

    public String getRep() {
        return rep;
    }

    public String getRepName() {
        return repName;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public ResponseStatus getStatus() {
        return status;
    }
}
