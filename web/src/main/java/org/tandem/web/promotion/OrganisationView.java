package org.tandem.web.promotion;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.promotion.boundary.OrganisationSettings;
import org.tandem.promotion.entity.OrganisationSetting;
import org.tandem.promotion.entity.OrganisationSettingChange;
import org.tandem.promotion.entity.OrganisationStage;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.sales.SalesDesk;
import org.tandem.web.shell.Feedback;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The general manager's choice of organisation stage and the limits that route promotion requests. */
@Named
@ViewScoped
public class OrganisationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OrganisationSettings settings;

    @Inject
    Feedback feedback;

    @Inject
    SalesDesk desk;

    private OrganisationSetting setting;
    private OrganisationStage stage;
    private BigDecimal salesAuthority;
    private BigDecimal escalationLimit;
    private Integer overdueHours;
    private List<OrganisationSettingChange> history;

    @PostConstruct
    void init() {
        show(settings.current());
    }

    private void show(OrganisationSetting shown) {
        setting = shown;
        stage = shown.getStage();
        salesAuthority = shown.getSalesAuthority();
        escalationLimit = shown.getEscalationLimit();
        overdueHours = shown.getOverdueHours();
        history = settings.history();
    }

    public void save() {
        try {
            show(settings.change(setting.getVersion(), stage, salesAuthority, escalationLimit, overdueHours));
            feedback.info("organisation.saved");
        } catch (RuleViolation violation) {
            if (desk.refused(violation)) {
                show(settings.current());
            }
        }
    }

    public OrganisationStage[] getStages() {
        return OrganisationStage.values();
    }

    public OrganisationSetting getSetting() {
        return setting;
    }

    public OrganisationStage getStage() {
        return stage;
    }

    public void setStage(OrganisationStage stage) {
        this.stage = stage;
    }

    public BigDecimal getSalesAuthority() {
        return salesAuthority;
    }

    public void setSalesAuthority(BigDecimal salesAuthority) {
        this.salesAuthority = salesAuthority;
    }

    public BigDecimal getEscalationLimit() {
        return escalationLimit;
    }

    public void setEscalationLimit(BigDecimal escalationLimit) {
        this.escalationLimit = escalationLimit;
    }

    public Integer getOverdueHours() {
        return overdueHours;
    }

    public void setOverdueHours(Integer overdueHours) {
        this.overdueHours = overdueHours;
    }

    public List<OrganisationSettingChange> getHistory() {
        return history;
    }
}
