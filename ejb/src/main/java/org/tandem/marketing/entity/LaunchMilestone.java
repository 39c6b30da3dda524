package org.tandem.marketing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.tandem.organization.entity.UserAccount;

import java.time.LocalDate;
import java.util.Objects;

/** A step of a launch plan with a date and the person who owns it; changed only through its plan. */
@Entity
@Table(name = "launch_milestone")
public class LaunchMilestone {

    @Id
    @SequenceGenerator(name = "launch_milestone_seq", sequenceName = "launch_milestone_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "launch_milestone_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "launch_plan_id", nullable = false, updatable = false)
    private LaunchPlan plan;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private UserAccount owner;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected LaunchMilestone() {
    }

    LaunchMilestone(LaunchPlan plan, String title, LocalDate dueDate, UserAccount owner) {
        this.plan = plan;
        this.title = Objects.requireNonNull(title).trim();
        this.dueDate = Objects.requireNonNull(dueDate);
        this.owner = Objects.requireNonNull(owner);
    }

    void mark(boolean isDone, LocalDate on) {
        this.done = isDone;
        this.doneOn = isDone ? on : null;
    }

    /** Not done and its date has passed. */
    public boolean isOverdueOn(LocalDate day) {
        return !done && dueDate.isBefore(day);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public boolean isDone() {
        return done;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
