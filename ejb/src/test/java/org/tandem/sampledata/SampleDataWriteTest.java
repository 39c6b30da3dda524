package org.tandem.sampledata;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.campaign.boundary.CampaignPerformance;
import org.tandem.campaign.boundary.Campaigns;
import org.tandem.campaign.entity.Campaign;
import org.tandem.customer.entity.Channel;
import org.tandem.order.entity.OrderStatus;
import org.tandem.organization.entity.Role;
import org.tandem.segment.boundary.Segments;
import org.tandem.testing.Beans;
import org.tandem.testing.Callers;
import org.tandem.testing.MigratedDatabase;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writes the sample data through the real mappings into H2 migrated by the real migrations. */
class SampleDataWriteTest {

    private static final OffsetDateTime MARCH_16 = OffsetDateTime.of(2026, 3, 16, 10, 0, 0, 0, ZoneOffset.ofHours(8));

    private static MigratedDatabase db;
    private static EntityManagerFactory emf;
    private static SampleDataSet data;
    private static int documents;
    private static int surveyResponses;

    @BeforeAll
    static void writeOnce() {
        db = MigratedDatabase.create("sampledata");
        emf = db.emf();
        data = SampleDataSet.generate("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==", OffsetDateTime.now(ZoneOffset.UTC));
        EntityManager em = emf.createEntityManager();
        long started = System.nanoTime();
        em.getTransaction().begin();
        SampleData.write(em, data);
        documents = SampleDocuments.write(em, MARCH_16);
        surveyResponses = SampleSurveys.write(em, MARCH_16);
        SamplePromotions.write(em, MARCH_16);
        SampleMarketing.write(em, MARCH_16);
        em.getTransaction().commit();
        System.out.println("Wrote " + data + " to H2 in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        em.close();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theRunningCampaignShowsItsUpliftFromTheSampleOrders() {
        CampaignPerformance performance = db.fromTransaction(em -> {
            Clock clock = Clock.fixed(MARCH_16.toInstant(), ZoneOffset.ofHours(8));
            Campaigns campaigns = Beans.wire(new Campaigns(), em, Callers.as("marketing", Role.Names.MARKETING), clock);
            Beans.with(campaigns, "segments", Beans.wire(new Segments(), em, Callers.as("marketing", Role.Names.MARKETING), clock));
            Campaign running = em.createQuery("select c from Campaign c where c.name = '杭州终端动销月'", Campaign.class)
                    .getSingleResult();
            return campaigns.performance(running.getId());
        });
        assertTrue(performance.uplift().signum() > 0, "uplift " + performance.uplift());
        assertEquals(new BigDecimal("17750.00"), performance.actualSpend());
        assertTrue(performance.returnOnSpend().signum() > 0);
        assertEquals(2L, count("select count(s) from Segment s where s.target = true"));
        assertEquals(1L, count("select count(p) from LaunchPlan p"));
        assertEquals(Long.valueOf(Channel.values().length), count("select count(p) from ChannelPolicy p"));
    }

    @Test
    void everyRowArrives() {
        assertEquals((long) data.brands().size(), count("select count(b) from Brand b"));
        assertEquals((long) data.products().size(), count("select count(p) from Product p"));
        assertEquals((long) data.users().size(), count("select count(u) from UserAccount u"));
        assertEquals((long) data.territories().size(), count("select count(t) from Territory t"));
        assertEquals((long) data.customers().size(), count("select count(c) from Customer c"));
        long contacts = data.customers().stream().mapToLong(c -> c.getContacts().size()).sum();
        assertEquals(contacts, count("select count(k) from CustomerContact k"));
        assertEquals(data.customers().size(), count("select count(k) from CustomerContact k where k.primary = true"));
        long members = data.territories().stream().mapToLong(t -> t.getMembers().size()).sum();
        assertEquals(members, count("select count(m) from Territory t join t.members m"));
    }

    @Test
    void theDemoRepHasDocumentsInEveryStageAndTheInvoiceNumbersHaveNoGaps() {
        assertTrue(documents >= 20, "documents: " + documents);
        assertEquals(List.of("AWAITING_APPROVAL", "CONFIRMED", "DELIVERED", "DRAFT", "PARTLY_DELIVERED"),
                emf.createEntityManager().createQuery("select distinct o.status from SalesOrder o", OrderStatus.class)
                        .getResultStream().map(Enum::name).sorted().toList());
        List<String> numbers = emf.createEntityManager().createQuery("select i.number from Invoice i order by i.number",
                String.class).getResultList();
        for (int n = 0; n < numbers.size(); n++) {
            assertEquals(String.format("INV-2026-%06d", n + 1), numbers.get(n));
        }
        assertTrue(count("select count(r) from CustomerReturn r") > 0, "a return waits to be received");
        assertTrue(count("select count(p) from Payment p") > 0, "payments");
    }

    @Test
    void theOutletSurveyHasSubmittedResponsesAndTheDemoRepStillOwesOne() {
        assertTrue(surveyResponses >= 5, "survey responses: " + surveyResponses);
        assertEquals((long) surveyResponses,
                count("select count(r) from SurveyResponse r where r.status = org.tandem.survey.entity.ResponseStatus.SUBMITTED"));
        assertEquals(0L, count("select count(r) from SurveyResponse r where r.rep.username = 'rep'"));
        assertEquals(1L, count("select count(a) from SurveyAssignment a where a.territory.code = 'EAST-SH-PD'"));
        assertEquals(1L, count("select count(f) from SurveyFinding f where f.actionKind = org.tandem.survey.entity.ActionKind.MEETING_ITEM"));
    }

    @Test
    void theDemoRepsPromotionRequestsAreApprovedWaitingAndRejectedAndTheApprovedOneIsCommitted() {
        assertEquals(List.of("APPROVED", "IN_APPROVAL", "REJECTED"), emf.createEntityManager()
                .createQuery("select r.status from PromotionRequest r order by r.status", Enum.class)
                .getResultStream().map(Enum::name).toList());
        assertEquals(0, new java.math.BigDecimal("8000").compareTo(emf.createEntityManager().createQuery(
                "select sum(r.committed) from PromotionRequest r", java.math.BigDecimal.class).getSingleResult()));
        assertEquals(3L, count("select count(r) from PriceRule r where r.source like 'promotion:%'"));
        assertEquals(0L, count("select count(p) from Product p where p.standardCost is null"));
    }

    @Test
    void theDemoRepWorksInPudongAndOwnsSomeOfItsCustomers() {
        EntityManager em = emf.createEntityManager();
        try {
            assertEquals(List.of("EAST-SH-PD"), em.createQuery(
                    "select t.code from Territory t join t.members m where m.username = 'rep'", String.class).getResultList());
            assertEquals(List.of("EAST-SH"), em.createQuery(
                    "select t.code from Territory t join t.members m where m.username = 'salesmanager'", String.class).getResultList());
            long expected = data.customers().stream().filter(c -> c.getOwner().getUsername().equals("rep")).count();
            assertEquals(expected, count("select count(c) from Customer c where c.owner.username = 'rep' and c.territory.code = 'EAST-SH-PD'"));
        } finally {
            em.close();
        }
    }

    private static long count(String jpql) {
        EntityManager em = emf.createEntityManager();
        try {
            return em.createQuery(jpql, Long.class).getSingleResult();
        } finally {
            em.close();
        }
    }
}
