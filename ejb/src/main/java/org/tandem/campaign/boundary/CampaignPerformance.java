package org.tandem.campaign.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a campaign brought, measured from sales orders: the target customers' net order value in the campaign
 * period and in the baseline period before it, the uplift (campaign − baseline) and the return on actual spend
 * (uplift ÷ spend; null while nothing is spent).
 */
public record CampaignPerformance(BigDecimal campaignSales, BigDecimal baselineSales, BigDecimal uplift,
                                  BigDecimal actualSpend, BigDecimal returnOnSpend, List<Week> weeks)
        implements Serializable {

    /** Week n of the campaign (from its first day) beside week n of the baseline. */
    public record Week(int number, BigDecimal campaign, BigDecimal baseline) implements Serializable {

        public int getNumber() {
            return number;
        }

        public BigDecimal getCampaign() {
            return campaign;
        }

        public BigDecimal getBaseline() {
            return baseline;
        }
    }

    public BigDecimal getCampaignSales() {
        return campaignSales;
    }

    public BigDecimal getBaselineSales() {
        return baselineSales;
    }

    public BigDecimal getUplift() {
        return uplift;
    }

    public BigDecimal getActualSpend() {
        return actualSpend;
    }

    public BigDecimal getReturnOnSpend() {
        return returnOnSpend;
    }

    public List<Week> getWeeks() {
        return weeks;
    }
}
