package org.tandem.survey.entity;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What was answered to one question; only the parts that fit the question's kind are kept: the chosen options'
 * indexes (from 0), a number (also a rating), yes or no, a text, or an observed price with its currency and what
 * was observed (a product, a competitor's product).
 */
public record AnswerValue(long questionId, List<Integer> choices, @Digits(integer = 15, fraction = 4) BigDecimal number,
                          Boolean yes, @Size(max = 2000) String text,
                          @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal price,
                          @Pattern(regexp = "[A-Z]{3}") String currency, @Size(max = 200) String observedItem)
        implements Serializable {

    public AnswerValue {
        choices = choices == null ? List.of() : List.copyOf(choices);
        text = text == null || text.isBlank() ? null : text.trim();
        observedItem = observedItem == null || observedItem.isBlank() ? null : observedItem.trim();
    }

    public static AnswerValue choices(long questionId, Integer... chosen) {
        return new AnswerValue(questionId, List.of(chosen), null, null, null, null, null, null);
    }

    public static AnswerValue number(long questionId, String number) {
        return new AnswerValue(questionId, null, new BigDecimal(number), null, null, null, null, null);
    }

    public static AnswerValue yesNo(long questionId, boolean yes) {
        return new AnswerValue(questionId, null, null, yes, null, null, null, null);
    }

    public static AnswerValue text(long questionId, String text) {
        return new AnswerValue(questionId, null, null, null, text, null, null, null);
    }

    public static AnswerValue price(long questionId, String price, String currency, String observedItem) {
        return new AnswerValue(questionId, null, null, null, null, new BigDecimal(price), currency, observedItem);
    }
}
