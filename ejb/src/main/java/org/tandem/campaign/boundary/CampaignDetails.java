package org.tandem.campaign.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.campaign.entity.BudgetCategory;
import org.tandem.campaign.entity.CampaignKind;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** A campaign as marketing writes it: what, when, for whom, and the planned budget per category. */
public record CampaignDetails(
        @NotBlank @Size(max = 100) String name,
        @NotNull CampaignKind kind,
        @NotNull LocalDate fromDate,
        @NotNull LocalDate thruDate,
        @Size(max = 1000) String description,
        @NotNull Set<Long> segmentIds,
        @NotNull Set<Long> territoryIds,
        @NotNull Map<BudgetCategory, BigDecimal> budget) implements Serializable {
}
