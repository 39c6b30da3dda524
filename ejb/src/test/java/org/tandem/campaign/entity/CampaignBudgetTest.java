package org.tandem.campaign.entity;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.segment.entity.Segment;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.testing.MigratedDatabase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A campaign's budget lines survive a round trip through the schema, and commitments stop at what is planned. */
class CampaignBudgetTest {

    private static MigratedDatabase db;

    @BeforeAll
    static void migrate() {
        db = MigratedDatabase.create("campaign-budget");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Campaign campaign() {
        return new Campaign("Mid-autumn trade promotion", CampaignKind.TRADE_PROMOTION, LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 30), "CNY", "marketing", OffsetDateTime.now());
    }

    @Test
    void budgetLinesAndTargetsComeBackAsWritten() {
        Campaign written = campaign();
        written.plan(BudgetCategory.DISCOUNTS, new BigDecimal("10000.005"));
        written.plan(BudgetCategory.MEDIA, new BigDecimal("2500"));
        written.commit(BudgetCategory.DISCOUNTS, new BigDecimal("9999.99"));
        Segment segment = new Segment("KA-EAST", "Key accounts, east");
        db.inTransaction(em -> {
            em.persist(segment);
            written.getSegments().add(segment);
            em.persist(written);
            written.assignCode();
        });

        Campaign read = db.read(em -> em.find(Campaign.class, written.getId()));

        assertEquals("CMP-2026-" + String.format("%06d", written.getId()), read.getCode());
        assertEquals(new BigDecimal("10000.01"), read.getBudget().get(BudgetCategory.DISCOUNTS).getPlanned().setScale(2));
        assertEquals(new BigDecimal("0.02"), read.getBudget().get(BudgetCategory.DISCOUNTS).getAvailable().setScale(2));
        assertEquals(new BigDecimal("12500.01"), read.total(BudgetLine::getPlanned).setScale(2));
        assertEquals(1, read.getSegments().size());
        assertEquals(LocalDate.of(2026, 8, 2), read.getBaselineFrom());
        assertEquals(LocalDate.of(2026, 8, 31), read.getBaselineThru());
    }

    @Test
    void aCommitmentBeyondThePlannedAmountIsRefusedAndChangesNothing() {
        Campaign campaign = campaign();
        campaign.plan(BudgetCategory.STORE_ENTRY_FEES, new BigDecimal("5000"));
        campaign.commit(BudgetCategory.STORE_ENTRY_FEES, new BigDecimal("4000"));

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> campaign.commit(BudgetCategory.STORE_ENTRY_FEES, new BigDecimal("1000.01")));

        assertEquals("tandem.campaign.budget.exceeded", refused.getKey());
        assertEquals(new BigDecimal("4000.00"), campaign.getBudget().get(BudgetCategory.STORE_ENTRY_FEES).getCommitted());
        campaign.commit(BudgetCategory.STORE_ENTRY_FEES, new BigDecimal("1000"));
        assertEquals(0, campaign.getBudget().get(BudgetCategory.STORE_ENTRY_FEES).getAvailable().signum());
        assertEquals("tandem.campaign.budget.belowCommitted", assertThrows(RuleViolation.class,
                () -> campaign.plan(BudgetCategory.STORE_ENTRY_FEES, new BigDecimal("4999"))).getKey());
    }
}
