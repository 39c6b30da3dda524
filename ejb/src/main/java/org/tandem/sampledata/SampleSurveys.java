package org.tandem.sampledata;

import jakarta.persistence.EntityManager;
import org.tandem.customer.entity.Customer;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.TerritoryLevel;
import org.tandem.organization.entity.UserAccount;
import org.tandem.survey.entity.ActionKind;
import org.tandem.survey.entity.AnswerValue;
import org.tandem.survey.entity.QuestionDraft;
import org.tandem.survey.entity.QuestionKind;
import org.tandem.survey.entity.Survey;
import org.tandem.survey.entity.SurveyAssignment;
import org.tandem.survey.entity.SurveyFinding;
import org.tandem.survey.entity.SurveyQuestion;
import org.tandem.survey.entity.SurveyResponse;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An outlet price and shelf survey handed to every territory a week ago: the reps there (rep01 …) have
 * submitted theirs over the last days, so the results show figures and charts; the demo rep still owes one, due in
 * a few days; and one finding already became a meeting item for the general manager.
 */
final class SampleSurveys {

    private static final String[] PLACES = {"上架", "柜台后", "冰柜旁", "无货"};

    private SampleSurveys() {
    }

    /** Writes the survey inside the caller's transaction; answers how many responses it submitted. */
    static int write(EntityManager em, OffsetDateTime now) {
        OffsetDateTime designed = now.minusDays(8);
        Survey survey = new Survey("白酒终端价格与陈列调查", "了解金星酱香在上海终端的实际售价、陈列位置和竞品促销，为夏季活动和价格管控提供依据。",
                "marketing", designed, List.of(
                new QuestionDraft(QuestionKind.OBSERVED_PRICE, "金星酱香 53° 500ml 的终端售价", true, null),
                new QuestionDraft(QuestionKind.NUMBER, "货架上的陈列面数", true, null),
                new QuestionDraft(QuestionKind.SINGLE_CHOICE, "主要陈列位置", true, List.of(PLACES)),
                new QuestionDraft(QuestionKind.MULTIPLE_CHOICE, "店内可见的物料", false, List.of("海报", "堆头", "价签", "灯箱")),
                new QuestionDraft(QuestionKind.YES_NO, "竞品在做促销吗？", true, null),
                new QuestionDraft(QuestionKind.RATING, "店主合作意愿", true, null),
                new QuestionDraft(QuestionKind.FREE_TEXT, "其他发现", false, null)));
        em.persist(survey);
        em.flush();
        List<SurveyQuestion> questions = survey.getCurrentVersion().getQuestions();

        List<Territory> territories = em.createQuery("select t from Territory t where t.level = :level order by t.code",
                Territory.class).setParameter("level", TerritoryLevel.TERRITORY).getResultList();
        int submitted = 0;
        for (Territory territory : territories) {
            SurveyAssignment assignment = SurveyAssignment.toTerritory(survey, territory, now.toLocalDate().plusDays(3),
                    "marketing", designed.plusHours(2));
            em.persist(assignment);
            Customer outlet = em.createQuery("select c from Customer c where c.territory = :territory order by c.code",
                    Customer.class).setParameter("territory", territory).setMaxResults(1).getResultStream().findFirst().orElse(null);
            for (UserAccount rep : assignment.getExpectedReps()) {
                if (rep.getUsername().equals(SampleOrganization.DEMO_REP)) {
                    continue;
                }
                OffsetDateTime at = now.minusDays(6 - submitted % 6).withHour(17);
                SurveyResponse response = new SurveyResponse(assignment, rep, territory, at);
                em.persist(response);
                response.record(answers(questions, submitted), outlet, rep.getUsername(), at);
                response.submit(at);
                submitted++;
            }
        }
        em.persist(new SurveyFinding(survey, "浦东、闵行部分门店售价低于指导价 5% 以上，且竞品促销频繁",
                ActionKind.MEETING_ITEM, "讨论上海终端价格管控和经销商窜货", "gm", now.toLocalDate().plusDays(5),
                "marketing", now.minusDays(1)));
        em.flush();
        return submitted;
    }

    /** The n-th rep's answers: prices around the 298 guide price, more facings where the shelf is better. */
    private static List<AnswerValue> answers(List<SurveyQuestion> questions, int n) {
        int[] priceSteps = {-22, -10, 0, 0, 10, -15, 20, -5, 0, 30, -28, 5};
        int place = n % PLACES.length;
        return List.of(
                AnswerValue.price(id(questions, 0), String.valueOf(298 + priceSteps[n % priceSteps.length]), "CNY",
                        "金星酱香 53° 500ml"),
                AnswerValue.number(id(questions, 1), String.valueOf(place == 3 ? 0 : 6 - 2 * place + n % 3)),
                AnswerValue.choices(id(questions, 2), place),
                new AnswerValue(id(questions, 3), n % 2 == 0 ? List.of(0, 2) : List.of(1, 2, 3), null, null, null,
                        null, null, null),
                AnswerValue.yesNo(id(questions, 4), n % 3 != 1),
                new AnswerValue(id(questions, 5), null, BigDecimal.valueOf(2 + n % 4), null, null, null, null, null),
                AnswerValue.text(id(questions, 6), n % 3 == 0 ? "竞品买一送一，店主希望我们也有陈列费" : null));
    }

    private static long id(List<SurveyQuestion> questions, int index) {
        return questions.get(index).getId();
    }
}
