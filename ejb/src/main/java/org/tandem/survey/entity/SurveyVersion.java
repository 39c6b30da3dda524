package org.tandem.survey.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The questions of a survey as they were answered; never changed once a response names it. */
@Entity
@Table(name = "survey_version")
public class SurveyVersion {

    @Id
    @SequenceGenerator(name = "survey_version_seq", sequenceName = "survey_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_version_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "survey_id", nullable = false, updatable = false)
    private Survey survey;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @OneToMany(mappedBy = "surveyVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    protected SurveyVersion() {
    }

    SurveyVersion(Survey survey, int number, OffsetDateTime createdAt, List<QuestionDraft> questions) {
        this.survey = survey;
        this.number = number;
        this.createdAt = createdAt;
        replaceQuestions(questions);
    }

    final void replaceQuestions(List<QuestionDraft> drafts) {
        if (drafts.isEmpty()) {
            throw new IllegalArgumentException("A survey asks at least one question");
        }
        questions.clear();
        int position = 1;
        for (QuestionDraft draft : drafts) {
            questions.add(new SurveyQuestion(this, position++, draft));
        }
    }

    public SurveyQuestion question(long questionId) {
        return questions.stream().filter(q -> q.getId() == questionId).findFirst().orElse(null);
    }

    public Long getId() {
        return id;
    }

    public Survey getSurvey() {
        return survey;
    }

    public int getNumber() {
        return number;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public List<SurveyQuestion> getQuestions() {
        return Collections.unmodifiableList(questions);
    }
}
