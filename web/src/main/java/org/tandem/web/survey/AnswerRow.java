package org.tandem.web.survey;

import org.tandem.survey.entity.AnswerValue;
import org.tandem.survey.entity.QuestionKind;
import org.tandem.survey.entity.SurveyQuestion;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One question on the fill screen and what has been typed or picked for it so far. */
public class AnswerRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long questionId;
    private final int position;
    private final QuestionKind kind;
    private final String text;
    private final boolean required;
    private final List<String> options;
    private String choice;
    private List<String> choices = new ArrayList<>();
    private BigDecimal number;
    private String yes;
    private String freeText;
    private BigDecimal price;
    private String currency = "CNY";
    private String observedItem;
    private boolean missing;

    public AnswerRow(SurveyQuestion question, AnswerValue given) {
        this.questionId = question.getId();
        this.position = question.getPosition();
        this.kind = question.getKind();
        this.text = question.getText();
        this.required = question.isRequired();
        this.options = List.copyOf(question.getOptions());
        if (given != null) {
            List<String> chosen = given.choices().stream().map(String::valueOf).toList();
            choice = chosen.isEmpty() ? null : chosen.get(0);
            choices = new ArrayList<>(chosen);
            number = given.number();
            yes = given.yes() == null ? null : given.yes().toString();
            freeText = given.text();
            price = given.price();
            currency = given.currency() == null ? currency : given.currency();
            observedItem = given.observedItem();
        }
    }

    /** What was entered, in the form the session bean takes. */
    public AnswerValue toValue() {
        List<Integer> chosen = kind == QuestionKind.SINGLE_CHOICE
                ? (choice == null || choice.isBlank() ? List.of() : List.of(Integer.valueOf(choice)))
                : choices.stream().map(Integer::valueOf).toList();
        return new AnswerValue(questionId, chosen, number, yes == null || yes.isBlank() ? null : Boolean.valueOf(yes),
                freeText, price, price == null ? null : currency, observedItem);
    }

    /** Whether this row answers its question, by the same rule the response applies on submit. */
    public boolean isAnswered() {
        AnswerValue value = toValue();
        return switch (kind) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> !value.choices().isEmpty();
            case NUMBER, RATING -> value.number() != null;
            case YES_NO -> value.yes() != null;
            case FREE_TEXT -> value.text() != null;
            case OBSERVED_PRICE -> value.price() != null;
        };
    }

    /** The options as (index, label) pairs for the choice inputs. */
    public List<String[]> getIndexedOptions() {
        List<String[]> indexed = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            indexed.add(new String[]{String.valueOf(i), options.get(i)});
        }
        return indexed;
    }

    public long getQuestionId() {
        return questionId;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public boolean isRequired() {
        return required;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public List<String> getChoices() {
        return choices;
    }

    public void setChoices(List<String> choices) {
        this.choices = choices == null ? new ArrayList<>() : new ArrayList<>(choices);
    }

    public BigDecimal getNumber() {
        return number;
    }

    public void setNumber(BigDecimal number) {
        this.number = number;
    }

    /** A rating as the buttons show it, "1" to "5". */
    public String getRating() {
        return number == null ? null : String.valueOf(number.intValue());
    }

    public void setRating(String rating) {
        this.number = rating == null || rating.isBlank() ? null : new BigDecimal(rating);
    }

    public String getYes() {
        return yes;
    }

    public void setYes(String yes) {
        this.yes = yes;
    }

    public String getFreeText() {
        return freeText;
    }

    public void setFreeText(String freeText) {
        this.freeText = freeText;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getObservedItem() {
        return observedItem;
    }

    public void setObservedItem(String observedItem) {
        this.observedItem = observedItem;
    }

    public boolean isMissing() {
        return missing;
    }

    void setMissing(boolean missing) {
        this.missing = missing;
    }
}
