package org.tandem.survey.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.List;

/** A question as the designer writes it; options only for choice questions, in the order shown. */
public record QuestionDraft(@NotNull QuestionKind kind, @NotBlank @Size(max = 500) String text, boolean required,
                            List<@NotBlank @Size(max = 200) String> options) implements Serializable {

    public QuestionDraft {
        options = options == null ? List.of() : options.stream().map(String::trim).filter(o -> !o.isEmpty()).toList();
    }
}
