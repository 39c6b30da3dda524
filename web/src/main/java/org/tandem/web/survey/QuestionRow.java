package org.tandem.web.survey;

import org.tandem.survey.entity.QuestionDraft;
import org.tandem.survey.entity.QuestionKind;

import java.io.Serializable;
import java.util.Arrays;

/** A question in the designer: its kind, wording, whether required, and its options one per line. */
public class QuestionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private QuestionKind kind = QuestionKind.SINGLE_CHOICE;
    private String text;
    private boolean required = true;
    private String options;

    public QuestionRow() {
    }

    public QuestionRow(QuestionDraft draft) {
        kind = draft.kind();
        text = draft.text();
        required = draft.required();
        options = String.join("\n", draft.options());
    }

    public QuestionDraft toDraft() {
        return new QuestionDraft(kind, text == null ? "" : text,
                required, kind.hasOptions() && options != null ? Arrays.asList(options.split("\\R")) : null);
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }
}
