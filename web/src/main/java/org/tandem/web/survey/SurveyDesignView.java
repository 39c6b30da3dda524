package org.tandem.web.survey;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.organization.entity.Role;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.survey.boundary.Choice;
import org.tandem.survey.boundary.SurveyDesign;
import org.tandem.survey.boundary.VersionRow;
import org.tandem.survey.entity.QuestionKind;
import org.tandem.survey.entity.Survey;
import org.tandem.survey.entity.SurveyAssignment;
import org.tandem.survey.entity.SurveyQuestion;
import org.tandem.web.shell.Feedback;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The survey designer ({@code survey.xhtml?id=…}, or a new form): title, purpose and the questions in order; the
 * versions the form went through; and its assignments to territories or reps.
 */
@Named
@ViewScoped
public class SurveyDesignView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_DAYS = 14;

    @EJB
    SurveyDesign design;

    @Inject
    Feedback feedback;

    private Long id;
    private long version;
    private String title;
    private String purpose;
    private List<QuestionRow> questions = new ArrayList<>(List.of(new QuestionRow()));
    private List<VersionRow> versions = List.of();
    private List<SurveyAssignment> assignments = List.of();
    private List<Choice> territories;
    private List<Choice> reps;
    private boolean toTerritory = true;
    private Long territoryId;
    private String repUsername;
    private LocalDate dueDate = LocalDate.now().plusDays(DEFAULT_DAYS);
    private RuleViolation refusal;

    public void load() {
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            show(design.survey(id));
        } catch (RuleViolation violation) {
            refusal = violation;
        }
    }

    private void show(Survey survey) {
        id = survey.getId();
        version = survey.getVersion();
        title = survey.getTitle();
        purpose = survey.getPurpose();
        questions = new ArrayList<>(survey.getCurrentVersion().getQuestions().stream().map(SurveyQuestion::toDraft)
                .map(QuestionRow::new).toList());
        versions = design.versions(id);
        assignments = design.assignments(id);
    }

    public void save() {
        try {
            boolean created = id == null;
            Survey saved = created
                    ? design.create(title, purpose, questions.stream().map(QuestionRow::toDraft).toList())
                    : design.revise(id, version, title, purpose, questions.stream().map(QuestionRow::toDraft).toList());
            int before = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).number();
            if (created) {
                feedback.info("survey.saved");
                ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
                context.getFlash().setKeepMessages(true);
                context.redirect(context.getRequestContextPath() + "/marketing/survey.xhtml?id=" + saved.getId());
                return;
            }
            show(saved);
            int after = saved.getCurrentVersion().getNumber();
            feedback.info(after > before ? "survey.savedNewVersion" : "survey.saved", after);
        } catch (RuleViolation violation) {
            feedback.refused(violation);
            FacesContext.getCurrentInstance().validationFailed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void addQuestion() {
        questions.add(new QuestionRow());
    }

    public void remove(int index) {
        if (questions.size() > 1) {
            questions.remove(index);
        }
    }

    public void moveUp(int index) {
        if (index > 0) {
            Collections.swap(questions, index, index - 1);
        }
    }

    public void assign() {
        try {
            if (toTerritory) {
                if (territoryId == null) {
                    feedback.errorAt("design:territory", "survey.assign.pickTerritory");
                    FacesContext.getCurrentInstance().validationFailed();
                    return;
                }
                design.assignToTerritory(id, territoryId, dueDate);
            } else {
                if (repUsername == null || repUsername.isBlank()) {
                    feedback.errorAt("design:rep", "survey.assign.pickRep");
                    FacesContext.getCurrentInstance().validationFailed();
                    return;
                }
                design.assignToRep(id, repUsername, dueDate);
            }
            assignments = design.assignments(id);
            feedback.info("survey.assigned");
        } catch (RuleViolation violation) {
            feedback.refused(violation);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** The general manager reads the designer; only marketing changes it. */
    public boolean isMayEdit() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Role.Names.MARKETING) || context.isUserInRole(Role.Names.MARKETING_MANAGER);
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
    }

    public List<Choice> getTerritories() {
        if (territories == null) {
            territories = isMayEdit() ? design.territories() : List.of();
        }
        return territories;
    }

    public List<Choice> getReps() {
        if (reps == null) {
            reps = isMayEdit() ? design.reps() : List.of();
        }
        return reps;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public List<QuestionRow> getQuestions() {
        return questions;
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public List<SurveyAssignment> getAssignments() {
        return assignments;
    }

    public boolean isToTerritory() {
        return toTerritory;
    }

    public void setToTerritory(boolean toTerritory) {
        this.toTerritory = toTerritory;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
    }

    public String getRepUsername() {
        return repUsername;
    }

    public void setRepUsername(String repUsername) {
        this.repUsername = repUsername;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public RuleViolation getRefusal() {
        return refusal;
    }
}
