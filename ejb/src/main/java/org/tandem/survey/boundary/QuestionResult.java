package org.tandem.survey.boundary;

import org.tandem.survey.entity.QuestionKind;

import java.io.Serializable;
import java.util.List;

/**
 * The submitted answers to one question, aggregated as its kind allows: option counts for choices and yes/no (yes
 * first), a summary for numbers and ratings (and the count of each rating), price distributions per currency, the
 * free texts. {@code answered} counts the responses that answered it.
 */
public record QuestionResult(int position, String text, QuestionKind kind, long answered, List<OptionCount> options,
                             NumberSummary numbers, List<PriceDistribution> prices, List<TextAnswer> texts)
        implements Serializable {

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public long getAnswered() {
        return answered;
    }

    public List<OptionCount> getOptions() {
        return options;
    }

    public NumberSummary getNumbers() {
        return numbers;
    }

    public List<PriceDistribution> getPrices() {
        return prices;
    }

    public List<TextAnswer> getTexts() {
        return texts;
    }
}
