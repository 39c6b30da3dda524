package org.tandem.web.survey;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.tandem.organization.entity.Role;
import org.tandem.survey.boundary.OwedSurvey;
import org.tandem.survey.boundary.SurveyFieldwork;

import java.util.List;

/** The surveys due on the sales desk: a rep's own, or for a sales manager those of the area's reps. */
@Named
@RequestScoped
public class SurveysDueView {

    @EJB
    SurveyFieldwork fieldwork;

    private List<OwedSurvey> owed;

    /** Reps and sales managers fill surveys; the general manager, who may open the sales desk, does not. */
    public boolean isShown() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Role.Names.SALES_REP) || context.isUserInRole(Role.Names.SALES_MANAGER);
    }

    public boolean isForOthers() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.SALES_MANAGER);
    }

    public List<OwedSurvey> getOwed() {
        if (owed == null) {
            owed = isShown() ? fieldwork.owed() : List.of();
        }
        return owed;
    }

    public long getOverdue() {
        return getOwed().stream().filter(OwedSurvey::overdue).count();
    }
}
