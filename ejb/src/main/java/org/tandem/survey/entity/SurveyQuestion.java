package org.tandem.survey.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.tandem.shared.boundary.RuleViolation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One question of a survey version: its kind, wording, whether it must be answered, and the options to choose from. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion {

    public static final int LOWEST_RATING = 1;
    public static final int HIGHEST_RATING = 5;

    @Id
    @SequenceGenerator(name = "survey_question_seq", sequenceName = "survey_question_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_question_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "survey_version_id", nullable = false, updatable = false)
    private SurveyVersion surveyVersion;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionKind kind;

    @Column(nullable = false, length = 500)
    private String text;

    @Column(nullable = false)
    private boolean required;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_question_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "label", nullable = false, length = 200)
    private List<String> options = new ArrayList<>();

    protected SurveyQuestion() {
    }

    SurveyQuestion(SurveyVersion surveyVersion, int position, QuestionDraft draft) {
        if (draft.kind().hasOptions() && draft.options().size() < 2) {
            throw new RuleViolation("tandem.survey.tooFewOptions", position);
        }
        this.surveyVersion = surveyVersion;
        this.position = position;
        this.kind = draft.kind();
        this.text = draft.text().trim();
        this.required = draft.required();
        this.options = draft.kind().hasOptions() ? new ArrayList<>(draft.options()) : new ArrayList<>();
    }

    /** The question as a draft again, for editing it into the next version. */
    public QuestionDraft toDraft() {
        return new QuestionDraft(kind, text, required, List.copyOf(options));
    }

    public Long getId() {
        return id;
    }

    public SurveyVersion getSurveyVersion() {
        return surveyVersion;
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

    public List<String> getOptions() {
        return Collections.unmodifiableList(options);
    }
}
