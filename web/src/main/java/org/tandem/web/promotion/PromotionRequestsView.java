package org.tandem.web.promotion;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.tandem.promotion.boundary.PromotionRequests;
import org.tandem.promotion.entity.PromotionKind;
import org.tandem.promotion.entity.PromotionRequest;
import org.tandem.promotion.entity.PromotionStatus;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** The promotion requests the user sees, a page at a time; with {@code ?inbox=true} those waiting for the user. */
@Named
@ViewScoped
public class PromotionRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PromotionRequests requests;

    private boolean inbox;
    private int overdueHours;
    private PagedList<PromotionRequest> list;

    @PostConstruct
    void init() {
        inbox = "true".equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("inbox"));
        overdueHours = requests.overdueHours();
        list = inbox ? new PagedList<>(request -> requests.awaitingMe(request), PromotionRequest::getId)
                : new PagedList<>(request -> requests.find(request), PromotionRequest::getId);
    }

    public PagedList<PromotionRequest> getList() {
        return list;
    }

    public boolean isInbox() {
        return inbox;
    }

    public boolean overdue(PromotionRequest request) {
        return request.isOverdue(OffsetDateTime.now(), overdueHours);
    }

    public int getOverdueHours() {
        return overdueHours;
    }

    public PromotionStatus[] getStatuses() {
        return PromotionStatus.values();
    }

    public PromotionKind[] getKinds() {
        return PromotionKind.values();
    }
}
