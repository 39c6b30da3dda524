package org.tandem.survey.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A survey form marketing designs: its title and purpose, and its questions in versions. The questions are edited
 * in place until someone answers them; after that an edit makes a new version, and the answers given stay with the
 * version they answered.
 */
@Entity
@Table(name = "survey")
public class Survey {

    @Id
    @SequenceGenerator(name = "survey_seq", sequenceName = "survey_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_seq")
    private Long id;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title;

    @Size(max = 1000)
    @Column(length = 1000)
    private String purpose;

    @Column(name = "created_by", nullable = false, updatable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<SurveyVersion> versions = new ArrayList<>();

    @Version
    private long version;

    protected Survey() {
    }

    public Survey(String title, String purpose, String createdBy, OffsetDateTime createdAt, List<QuestionDraft> questions) {
        describe(title, purpose);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        versions.add(new SurveyVersion(this, 1, createdAt, questions));
    }

    public final void describe(String newTitle, String newPurpose) {
        this.title = Objects.requireNonNull(newTitle).trim();
        this.purpose = newPurpose == null || newPurpose.isBlank() ? null : newPurpose.trim();
    }

    /**
     * New questions: in the current version while it has no answers, else in a new version.
     *
     * @param answered whether any response (a draft too) was given to the current version
     * @return the version that now holds the questions
     */
    public SurveyVersion reviseQuestions(List<QuestionDraft> questions, boolean answered, OffsetDateTime at) {
        SurveyVersion current = getCurrentVersion();
        if (!answered) {
            current.replaceQuestions(questions);
            return current;
        }
        SurveyVersion next = new SurveyVersion(this, current.getNumber() + 1, at, questions);
        versions.add(next);
        return next;
    }

    public SurveyVersion getCurrentVersion() {
        return versions.get(versions.size() - 1);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public List<SurveyVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }

    public long getVersion() {
        return version;
    }
}
