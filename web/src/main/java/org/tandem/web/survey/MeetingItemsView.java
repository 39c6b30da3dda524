package org.tandem.web.survey;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.survey.boundary.SurveyFindings;
import org.tandem.survey.entity.SurveyFinding;
import org.tandem.web.shell.Feedback;

import java.time.LocalDate;
import java.util.List;

/** The general manager's open meeting items drawn from survey findings, and closing them. */
@Named
@RequestScoped
public class MeetingItemsView {

    @EJB
    SurveyFindings findings;

    @Inject
    Feedback feedback;

    private List<SurveyFinding> items;

    public List<SurveyFinding> getItems() {
        if (items == null) {
            items = findings.openMeetingItems();
        }
        return items;
    }

    public boolean overdue(SurveyFinding item) {
        return item.isOverdueOn(LocalDate.now());
    }

    public void markDone(long id, long version) {
        try {
            findings.markDone(id, version);
            feedback.info("survey.finding.done");
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
        items = null;
    }
}
