package org.tandem.campaign.control;

import org.tandem.campaign.boundary.CampaignPerformance;
import org.tandem.segment.boundary.DailySales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Turns the daily sales of the baseline and campaign periods into the campaign's uplift, return and weeks. */
public final class Uplift {

    private Uplift() {
    }

    /**
     * @param sales daily net order value from {@code baselineFrom} to {@code thru}; days before {@code from} are
     *              the baseline, the rest the campaign
     */
    public static CampaignPerformance measure(LocalDate baselineFrom, LocalDate from, LocalDate thru,
                                             List<DailySales> sales, BigDecimal actualSpend) {
        int weeks = (int) (ChronoUnit.DAYS.between(from, thru) / 7) + 1;
        BigDecimal[] campaignWeeks = zeros(weeks);
        BigDecimal[] baselineWeeks = zeros(weeks);
        BigDecimal campaign = BigDecimal.ZERO;
        BigDecimal baseline = BigDecimal.ZERO;
        for (DailySales day : sales) {
            if (day.day().isBefore(from)) {
                baseline = baseline.add(day.net());
                add(baselineWeeks, ChronoUnit.DAYS.between(baselineFrom, day.day()), day.net());
            } else {
                campaign = campaign.add(day.net());
                add(campaignWeeks, ChronoUnit.DAYS.between(from, day.day()), day.net());
            }
        }
        List<CampaignPerformance.Week> series = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            series.add(new CampaignPerformance.Week(i + 1, money(campaignWeeks[i]), money(baselineWeeks[i])));
        }
        BigDecimal uplift = money(campaign.subtract(baseline));
        BigDecimal spend = money(actualSpend);
        BigDecimal returnOnSpend = spend.signum() == 0 ? null : uplift.divide(spend, 2, RoundingMode.HALF_UP);
        return new CampaignPerformance(money(campaign), money(baseline), uplift, spend, returnOnSpend, List.copyOf(series));
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] values = new BigDecimal[n];
        java.util.Arrays.fill(values, BigDecimal.ZERO);
        return values;
    }

    private static void add(BigDecimal[] weeks, long dayIndex, BigDecimal amount) {
        int week = (int) Math.min(dayIndex / 7, weeks.length - 1);
        weeks[week] = weeks[week].add(amount);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
