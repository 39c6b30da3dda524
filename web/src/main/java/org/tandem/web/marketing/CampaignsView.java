package org.tandem.web.marketing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.tandem.campaign.boundary.Campaigns;
import org.tandem.campaign.entity.BudgetLine;
import org.tandem.campaign.entity.Campaign;
import org.tandem.campaign.entity.CampaignKind;
import org.tandem.campaign.entity.CampaignStatus;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;
import java.math.BigDecimal;

/** The campaigns list: filters by code, name, kind and status; budget totals per row. */
@Named
@ViewScoped
public class CampaignsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Campaigns campaigns;

    private PagedList<Campaign> list;

    @PostConstruct
    void init() {
        list = new PagedList<>(request -> campaigns.find(request), Campaign::getId);
    }

    public BigDecimal planned(Campaign campaign) {
        return campaign.total(BudgetLine::getPlanned);
    }

    public BigDecimal committed(Campaign campaign) {
        return campaign.total(BudgetLine::getCommitted);
    }

    public BigDecimal actual(Campaign campaign) {
        return campaign.total(BudgetLine::getActual);
    }

    public CampaignKind[] getKinds() {
        return CampaignKind.values();
    }

    public CampaignStatus[] getStatuses() {
        return CampaignStatus.values();
    }

    public PagedList<Campaign> getList() {
        return list;
    }
}
