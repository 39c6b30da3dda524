package org.tandem.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.tandem.shared.boundary.RuleViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The answer of one response to one question, kept in the columns of the question's kind. */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer {

    @Id
    @SequenceGenerator(name = "survey_answer_seq", sequenceName = "survey_answer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_answer_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "response_id", nullable = false, updatable = false)
    private SurveyResponse response;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private SurveyQuestion question;

    /** the chosen options' indexes, "0,2" */
    @Column(length = 200)
    private String choices;

    @Column(name = "number_value", precision = 19, scale = 4)
    private BigDecimal number;

    private Boolean yes;

    @Column(name = "text_value", length = 2000)
    private String text;

    @Column(precision = 19, scale = 4)
    private BigDecimal price;

    @Column(length = 3)
    private String currency;

    @Column(name = "observed_item", length = 200)
    private String observedItem;

    protected SurveyAnswer() {
    }

    SurveyAnswer(SurveyResponse response, SurveyQuestion question) {
        this.response = response;
        this.question = question;
    }

    /**
     * Takes {@code value} as the answer, in the columns of the question's kind (the others emptied).
     *
     * @return false when {@code value} answers nothing
     */
    boolean take(AnswerValue value) {
        choices = null;
        number = null;
        yes = null;
        text = null;
        price = null;
        currency = null;
        observedItem = null;
        int position = question.getPosition();
        switch (question.getKind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                List<Integer> chosen = value.choices().stream().distinct().sorted().toList();
                if (chosen.isEmpty()) {
                    return false;
                }
                if (question.getKind() == QuestionKind.SINGLE_CHOICE && chosen.size() > 1
                        || chosen.get(0) < 0 || chosen.get(chosen.size() - 1) >= question.getOptions().size()) {
                    throw new RuleViolation("tandem.survey.badChoice", position);
                }
                choices = chosen.stream().map(String::valueOf).collect(Collectors.joining(","));
            }
            case NUMBER, RATING -> {
                if (value.number() == null) {
                    return false;
                }
                if (question.getKind() == QuestionKind.RATING && !isRating(value.number())) {
                    throw new RuleViolation("tandem.survey.badRating", position, SurveyQuestion.LOWEST_RATING,
                            SurveyQuestion.HIGHEST_RATING);
                }
                number = value.number().setScale(4, RoundingMode.HALF_UP);
            }
            case YES_NO -> {
                if (value.yes() == null) {
                    return false;
                }
                yes = value.yes();
            }
            case FREE_TEXT -> {
                if (value.text() == null) {
                    return false;
                }
                text = value.text();
            }
            case OBSERVED_PRICE -> {
                if (value.price() == null) {
                    return false;
                }
                if (value.price().signum() < 0 || value.currency() == null) {
                    throw new RuleViolation("tandem.survey.badPrice", position);
                }
                price = value.price().setScale(4, RoundingMode.HALF_UP);
                currency = value.currency();
                observedItem = value.observedItem();
            }
        }
        return true;
    }

    private static boolean isRating(BigDecimal number) {
        return number.stripTrailingZeros().scale() <= 0 && number.intValue() >= SurveyQuestion.LOWEST_RATING
                && number.intValue() <= SurveyQuestion.HIGHEST_RATING;
    }

    /** The answer as it was given, for the form to show again. */
    public AnswerValue toValue() {
        return new AnswerValue(question.getId(), getChosen(), number, yes, text, price, currency, observedItem);
    }

    public List<Integer> getChosen() {
        return choices == null ? List.of() : Arrays.stream(choices.split(",")).map(Integer::valueOf).toList();
    }

    /** The chosen options' labels. */
    public List<String> getChosenLabels() {
        return getChosen().stream().map(i -> question.getOptions().get(i)).toList();
    }

    public Long getId() {
        return id;
    }

    public SurveyResponse getResponse() {
        return response;
    }

    public SurveyQuestion getQuestion() {
        return question;
    }

    public BigDecimal getNumber() {
        return number;
    }

    public Boolean getYes() {
        return yes;
    }

    public String getText() {
        return text;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public String getCurrency() {
        return currency;
    }

    public String getObservedItem() {
        return observedItem;
    }
}
