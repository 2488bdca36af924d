package com.kneerehab.records.plan;

import com.kneerehab.records.exercise.Dosage;
import com.kneerehab.records.exercise.Exercise;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One prescribed exercise in a plan, with its dosage and the library's text as it was when prescribed:
 * a later edit of the library exercise changes what later plans copy, never this row.
 */
@Entity
@Table(name = "plan_exercise")
public class PlanExercise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    public TreatmentPlan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "exercise_id", nullable = false)
    public Exercise exercise;

    @Column(nullable = false)
    public int position;

    @Column(name = "exercise_name", nullable = false, length = 120)
    public String name;

    @Column(name = "exercise_purpose", nullable = false, length = 1000)
    public String purpose;

    @Column(name = "exercise_targets", nullable = false, length = 500)
    public String targets;

    @Column(name = "exercise_instructions", nullable = false, length = 4000)
    public String instructions;

    @Column(name = "exercise_image_url", length = 500)
    public String imageUrl;

    @Column(nullable = false)
    public int sets;

    @Column(nullable = false)
    public int repetitions;

    @Column(name = "hold_seconds", nullable = false)
    public int holdSeconds;

    @Column(name = "sessions_per_day", nullable = false)
    public int sessionsPerDay;

    @Column(name = "sessions_per_week", nullable = false)
    public int sessionsPerWeek;

    @Column(name = "duration_weeks", nullable = false)
    public int durationWeeks;

    @Column(length = 1000)
    public String notes;

    /** Copies the library's words for the exercise onto this line: what the patient reads from now on. */
    public void prescribe(Exercise from) {
        exercise = from;
        name = from.name;
        purpose = from.purpose;
        targets = from.targets;
        instructions = from.instructions;
        imageUrl = from.imageUrl;
    }

    public String dosageText() {
        return Dosage.describe(sets, repetitions, holdSeconds, sessionsPerDay, sessionsPerWeek, durationWeeks);
    }
}
