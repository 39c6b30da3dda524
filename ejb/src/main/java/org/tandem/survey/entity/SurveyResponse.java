package org.tandem.survey.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tandem.customer.entity.Customer;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.UserAccount;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.entity.IllegalMove;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One rep's answers to one assignment, on the version of the form that was current when they started: a draft
 * that may be incomplete and is saved as often as wanted, then submitted once, when every required question is
 * answered. Office staff may enter a paper form for the rep; {@code enteredBy} says who typed it.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    @Id
    @SequenceGenerator(name = "survey_response_seq", sequenceName = "survey_response_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_response_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
    private SurveyAssignment assignment;

    @ManyToOne(optional = false)
    @JoinColumn(name = "survey_version_id", nullable = false, updatable = false)
    private SurveyVersion surveyVersion;

    @ManyToOne(optional = false)
    @JoinColumn(name = "rep_id", nullable = false, updatable = false)
    private UserAccount rep;

    /** where the rep answered from: the assigned territory, or the rep's own */
    @ManyToOne(optional = false)
    @JoinColumn(name = "territory_id", nullable = false, updatable = false)
    private Territory territory;

    @ManyToOne
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "entered_by", nullable = false, length = 60)
    private String enteredBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ResponseStatus status = ResponseStatus.DRAFT;

    @Column(name = "saved_at", nullable = false)
    private OffsetDateTime savedAt;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<SurveyAnswer> answers = new ArrayList<>();

    @Version
    private long version;

    protected SurveyResponse() {
    }

    public SurveyResponse(SurveyAssignment assignment, UserAccount rep, Territory territory, OffsetDateTime at) {
        this.assignment = Objects.requireNonNull(assignment);
        this.surveyVersion = assignment.getSurvey().getCurrentVersion();
        this.rep = Objects.requireNonNull(rep);
        this.territory = Objects.requireNonNull(territory);
        this.enteredBy = rep.getUsername();
        this.savedAt = at;
    }

    /** Replaces the answers (a blank one is no answer) and the customer visited; only while a draft. */
    public void record(List<AnswerValue> values, Customer visited, String enteredBy, OffsetDateTime at) {
        IllegalMove.unless(status == ResponseStatus.DRAFT, getLabel(), status, "tandem.action.save");
        Map<Long, AnswerValue> byQuestion = values.stream()
                .collect(Collectors.toMap(AnswerValue::questionId, Function.identity(), (a, b) -> b));
        for (Long questionId : byQuestion.keySet()) {
            if (surveyVersion.question(questionId) == null) {
                throw new RuleViolation("tandem.survey.unknownQuestion", questionId);
            }
        }
        // answers kept where they were, so that a save updates rows instead of deleting and inserting them
        for (SurveyQuestion question : surveyVersion.getQuestions()) {
            AnswerValue value = byQuestion.get(question.getId());
            SurveyAnswer answer = answerTo(question);
            if (answer == null) {
                answer = new SurveyAnswer(this, question);
                if (value != null && answer.take(value)) {
                    answers.add(answer);
                }
            } else if (value == null || !answer.take(value)) {
                answers.remove(answer);
            }
        }
        this.customer = visited;
        this.enteredBy = Objects.requireNonNull(enteredBy);
        this.savedAt = at;
    }

    /** The required questions not answered yet, in order. */
    public List<SurveyQuestion> getMissing() {
        List<Long> answered = answers.stream().map(a -> a.getQuestion().getId()).toList();
        return surveyVersion.getQuestions().stream()
                .filter(q -> q.isRequired() && !answered.contains(q.getId())).toList();
    }

    public void submit(OffsetDateTime at) {
        IllegalMove.unless(status == ResponseStatus.DRAFT, getLabel(), status, "tandem.action.submit");
        List<SurveyQuestion> missing = getMissing();
        if (!missing.isEmpty()) {
            throw new RuleViolation("tandem.survey.requiredMissing",
                    missing.stream().map(q -> String.valueOf(q.getPosition())).collect(Collectors.joining(", ")));
        }
        status = ResponseStatus.SUBMITTED;
        submittedAt = at;
        submittedOn = at.toLocalDate();
    }

    public SurveyAnswer answerTo(SurveyQuestion question) {
        return answers.stream().filter(a -> a.getQuestion().equals(question)).findFirst().orElse(null);
    }

    /** "白酒终端调查 · rep01": how a response is named in messages. */
    public String getLabel() {
        return assignment.getSurvey().getTitle() + " · " + rep.getUsername();
    }

    public boolean isEnteredOnBehalf() {
        return !rep.getUsername().equals(enteredBy);
    }

    public Long getId() {
        return id;
    }

    public SurveyAssignment getAssignment() {
        return assignment;
    }

    public SurveyVersion getSurveyVersion() {
        return surveyVersion;
    }

    public UserAccount getRep() {
        return rep;
    }

    public Territory getTerritory() {
        return territory;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public ResponseStatus getStatus() {
        return status;
    }

    public OffsetDateTime getSavedAt() {
        return savedAt;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public List<SurveyAnswer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }

    public long getVersion() {
        return version;
    }
}
