package org.tandem.web.promotion;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.promotion.boundary.OrganisationSettings;
import org.tandem.promotion.boundary.PromotionRequests;
import org.tandem.promotion.entity.OrganisationSetting;
import org.tandem.organization.entity.Role;
import org.tandem.promotion.entity.PromotionRequest;
import org.tandem.promotion.entity.PromotionStatus;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.web.shell.UserSession;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The promotion card of the sales, marketing and general manager's desks: the requests waiting for the caller's
 * decision, or for a rep the own requests still in approval; and the organisation stage that routes them.
 */
@Named
@RequestScoped
public class PromotionDeskView {

    private static final int SHOWN = 5;

    @EJB
    PromotionRequests requests;

    @EJB
    OrganisationSettings settings;

    @Inject
    UserSession user;

    private boolean approver;
    private Page<PromotionRequest> shown;
    private OrganisationSetting setting;

    @PostConstruct
    void load() {
        approver = !user.hasRole(Role.Names.SALES_REP) || user.hasRole(Role.Names.SALES_MANAGER);
        shown = approver ? requests.awaitingMe(PageRequest.firstPage(SHOWN))
                : requests.find(new PageRequest(0, SHOWN, null, true, Map.of("status", PromotionStatus.IN_APPROVAL.name())));
        setting = settings.current();
    }

    /** True when the card lists what waits for the caller; false when it lists the caller's own open requests. */
    public boolean isApprover() {
        return approver;
    }

    public List<PromotionRequest> getRequests() {
        return shown.rows();
    }

    public long getCount() {
        return shown.total();
    }

    public boolean overdue(PromotionRequest request) {
        return request.isOverdue(OffsetDateTime.now(), setting.getOverdueHours());
    }

    public OrganisationSetting getSetting() {
        return setting;
    }
}
