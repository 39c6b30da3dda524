package org.tandem.web.marketing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.tandem.campaign.boundary.Campaigns;
import org.tandem.marketing.boundary.LaunchPlans;
import org.tandem.segment.boundary.Segments;
import org.tandem.shared.boundary.PageRequest;

import java.io.Serializable;
import java.util.Map;

/** The few live figures on the marketing desk. */
@Named
@ViewScoped
public class MarketingDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Segments segments;

    @EJB
    Campaigns campaigns;

    @EJB
    LaunchPlans launches;

    private int targetSegments;
    private long runningCampaigns;
    private long overdueMilestones;

    @PostConstruct
    void init() {
        targetSegments = segments.targets().size();
        runningCampaigns = campaigns.find(new PageRequest(0, 1, null, true, Map.of("status", "RUNNING"))).total();
        overdueMilestones = launches.overdueMilestones();
    }

    public int getTargetSegments() {
        return targetSegments;
    }

    public long getRunningCampaigns() {
        return runningCampaigns;
    }

    public long getOverdueMilestones() {
        return overdueMilestones;
    }
}
