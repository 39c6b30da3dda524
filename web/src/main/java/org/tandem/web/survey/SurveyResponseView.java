package org.tandem.web.survey;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.survey.boundary.ResponseForm;
import org.tandem.survey.boundary.SurveyFieldwork;
import org.tandem.survey.entity.AnswerValue;
import org.tandem.survey.entity.ResponseStatus;
import org.tandem.survey.entity.SurveyAnswer;
import org.tandem.survey.entity.SurveyQuestion;
import org.tandem.survey.entity.SurveyResponse;
import org.tandem.web.sales.CustomerChoice;
import org.tandem.web.shell.Feedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The fill screen ({@code survey-response.xhtml?assignment=…&rep=…}), made for a phone: one question below the
 * other, saved as a draft at any time, submitted when every required question is answered.
 */
@Named
@ViewScoped
public class SurveyResponseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SurveyFieldwork fieldwork;

    @Inject
    Feedback feedback;

    private Long assignment;
    private String rep;
    private String title;
    private String purpose;
    private LocalDate dueDate;
    private int formVersion;
    private Long responseVersion;
    private ResponseStatus status;
    private String enteredBy;
    private CustomerChoice customer;
    private List<AnswerRow> rows = List.of();
    private RuleViolation refusal;

    public void load() {
        if (assignment == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (rep == null || rep.isBlank()) {
            rep = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        }
        try {
            show(fieldwork.form(assignment, rep));
        } catch (RuleViolation violation) {
            refusal = violation;
        }
    }

    private void show(ResponseForm form) {
        title = form.assignment().getSurvey().getTitle();
        purpose = form.assignment().getSurvey().getPurpose();
        dueDate = form.assignment().getDueDate();
        formVersion = form.surveyVersion().getNumber();
        SurveyResponse response = form.response();
        responseVersion = response == null ? null : response.getVersion();
        status = response == null ? null : response.getStatus();
        enteredBy = response == null ? null : response.getEnteredBy();
        customer = response == null || response.getCustomer() == null ? null : CustomerChoice.of(response.getCustomer());
        List<AnswerRow> shown = new ArrayList<>();
        for (SurveyQuestion question : form.surveyVersion().getQuestions()) {
            SurveyAnswer answer = response == null ? null : response.answerTo(question);
            shown.add(new AnswerRow(question, answer == null ? null : answer.toValue()));
        }
        rows = shown;
    }

    public void saveDraft() {
        try {
            SurveyResponse saved = fieldwork.saveDraft(assignment, rep, responseVersion, customerId(), values());
            rows.forEach(r -> r.setMissing(false));
            afterSave(saved);
            feedback.info("survey.response.saved");
        } catch (RuleViolation violation) {
            refused(violation);
        }
    }

    public void submit() {
        boolean complete = true;
        for (AnswerRow row : rows) {
            row.setMissing(row.isRequired() && !row.isAnswered());
            complete &= !row.isMissing();
        }
        if (!complete) {
            feedback.error("survey.response.incomplete");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            afterSave(fieldwork.submit(assignment, rep, responseVersion, customerId(), values()));
            feedback.info("survey.response.submitted");
        } catch (RuleViolation violation) {
            refused(violation);
        }
    }

    private void afterSave(SurveyResponse saved) {
        responseVersion = saved.getVersion();
        status = saved.getStatus();
        enteredBy = saved.getEnteredBy();
    }

    private void refused(RuleViolation violation) {
        feedback.refused(violation);
        FacesContext.getCurrentInstance().validationFailed();
        if ("tandem.concurrentChange".equals(violation.getKey())) {
            show(fieldwork.form(assignment, rep));
        }
    }

    private Long customerId() {
        return customer == null ? null : customer.id();
    }

    private List<AnswerValue> values() {
        return rows.stream().map(AnswerRow::toValue).toList();
    }

    public boolean isEditable() {
        return refusal == null && status != ResponseStatus.SUBMITTED;
    }

    /** Whether someone other than the rep fills this in: a sales manager entering a paper form. */
    public boolean isOnBehalf() {
        return rep != null && !rep.equals(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
    }

    public boolean isOverdue() {
        return dueDate != null && LocalDate.now().isAfter(dueDate) && status != ResponseStatus.SUBMITTED;
    }

    public Long getAssignment() {
        return assignment;
    }

    public void setAssignment(Long assignment) {
        this.assignment = assignment;
    }

    public String getRep() {
        return rep;
    }

    public void setRep(String rep) {
        this.rep = rep;
    }

    public String getTitle() {
        return title;
    }

    public String getPurpose() {
        return purpose;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public int getFormVersion() {
        return formVersion;
    }

    public ResponseStatus getStatus() {
        return status;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public CustomerChoice getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerChoice customer) {
        this.customer = customer;
    }

    public List<AnswerRow> getRows() {
        return rows;
    }

    public RuleViolation getRefusal() {
        return refusal;
    }
}
