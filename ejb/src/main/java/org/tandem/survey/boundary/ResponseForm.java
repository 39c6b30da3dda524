package org.tandem.survey.boundary;

import org.tandem.survey.entity.SurveyAssignment;
import org.tandem.survey.entity.SurveyResponse;
import org.tandem.survey.entity.SurveyVersion;

import java.io.Serializable;

/**
 * What the fill screen shows: the assignment, the rep it is filled for, the version of the form to answer (the
 * draft's, or else the current one) and the response saved so far, if any.
 */
public record ResponseForm(SurveyAssignment assignment, String rep, SurveyVersion surveyVersion,
                           SurveyResponse response) implements Serializable {

    public SurveyAssignment getAssignment() {
        return assignment;
    }

    public String getRep() {
        return rep;
    }

    public SurveyVersion getSurveyVersion() {
        return surveyVersion;
    }

    public SurveyResponse getResponse() {
        return response;
    }
}
