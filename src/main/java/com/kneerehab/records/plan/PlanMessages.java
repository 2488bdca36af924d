package com.kneerehab.records.plan;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import java.time.LocalDate;

/**
 * The words of treatment plans as the clinician reads them: the prescription form, a plan's page, what
 * changed between versions, and the plan's refusals. English by default; other languages go in
 * {@code messages/plan_<language>.properties}. Templates use {@code {plan:key}}.
 */
@MessageBundle("plan")
public interface PlanMessages {

    // ------------------------------------------------------------------ the prescription form

    @Message("Breadcrumb")
    String breadcrumb();

    @Message("Revise plan {number}")
    String revisePlan(int number);

    @Message("Prescribe a plan")
    String prescribe();

    @Message("Revise the plan")
    String reviseThePlan();


    @Message("The form starts from the current plan. Change what changes; saving keeps plan {number} in the history as"
            + " superseded.")
    String startsFromCurrent(int number);

    @Message("A plan follows from a signed evaluation, and this patient has none yet.")
    String noSignedEvaluation();

    @Message("Back to the chart")
    String backToChart();

    @Message("Follows from the evaluation of")
    String followsFrom();

    @Message("{visitDate} ({clinician})")
    String evaluationChoice(LocalDate visitDate, String clinician);

    @Message("Start date")
    String startDate();

    @Message("Review date")
    String reviewDate();

    @Message("Goals")
    String goals();

    @Message("Exercises")
    String exercises();

    @Message("Prescribe")
    String include();

    @Message("Order")
    String order();

    @Message("Sets")
    String sets();

    @Message("Repetitions")
    String repetitions();

    @Message("Hold (s)")
    String holdSeconds();

    @Message("Sessions a day")
    String sessionsPerDay();

    @Message("Days a week")
    String sessionsPerWeek();

    @Message("Weeks")
    String durationWeeks();

    @Message("Notes for the patient")
    String notesForPatient();

    @Message("Save the revision")
    String saveRevision();

    @Message("Prescribe the plan")
    String prescribeThePlan();

    @Message("Cancel")
    String cancel();

    // ------------------------------------------------------------------ a plan's page

    @Message("Plan {number}")
    String plan(int number);

    @Message("current")
    String current();

    @Message("superseded")
    String superseded();

    @Message("prescribed by {by} on {when}")
    String prescribedBy(String by, String when);

    @Message("This plan was superseded on {when}. It is kept for the record; the patient follows the current plan.")
    String supersededNote(String when);

    @Message("From {start} · review on {review} · follows from the")
    String datesAndSource(LocalDate start, LocalDate review);

    @Message("evaluation")
    String evaluation();

    @Message("(since retired from the library)")
    String sinceRetired();

    @Message("Changes from the previous plan")
    String changesHeading();

    @Message("No changes: the revision repeats the previous plan.")
    String noChanges();

    @Message("See the previous plan")
    String previousPlan();

    @Message("Revise this plan")
    String reviseThisPlan();

    // ------------------------------------------------------------------ what changed between versions

    @Message("Start date {before} → {after}")
    String changedStart(LocalDate before, LocalDate after);

    @Message("Review date {before} → {after}")
    String changedReview(LocalDate before, LocalDate after);

    @Message("Goals changed")
    String changedGoals();

    @Message("Added {exercise}: {dosage}")
    String added(String exercise, String dosage);

    @Message("{exercise}: {before} → {after}")
    String changedDosage(String exercise, String before, String after);

    @Message("{exercise}: notes changed")
    String changedNotes(String exercise);

    @Message("Removed {exercise}")
    String removed(String exercise);

    // ------------------------------------------------------------------ refusals

    @Message("The plan")
    String thePlan();

    @Message("The patient")
    String thePatient();

    @Message("Choose the patient")
    String choosePatient();

    @Message("This patient already has a current plan (plan {number}). Revise it instead, so the history is kept.")
    String alreadyCurrent(int number);

    @Message("The plan belongs to another patient")
    String otherPatientsPlan();

    @Message("Plan {number} has already been superseded. Revise the patient's current plan.")
    String alreadySuperseded(int number);

    @Message("Plan {number} ended when the patient was discharged. Start a new episode of care to prescribe again.")
    String alreadyEnded(int number);

    @Message("This patient is discharged. Start a new episode of care (re-referral) before prescribing a plan.")
    String patientDischarged();

    @Message("ended")
    String ended();

    @Message("This plan ended on {when}, when the patient was discharged. It is kept for the record.")
    String endedNote(String when);

    @Message("The review date must be after the start date")
    String reviewAfterStart();

    @Message("There is no such exercise in the library")
    String noSuchExercise();

    @Message("{exercise} is retired: choose another exercise")
    String exerciseRetired(String exercise);

    @Message("{exercise} is already in this plan")
    String exerciseTwice(String exercise);

    @Message("The plan cannot be saved.")
    String planRefused();

    @Message("There is no such evaluation")
    String noSuchEvaluation();

    @Message("That evaluation belongs to another patient")
    String otherPatientsEvaluation();

    @Message("A plan follows from a signed evaluation: sign it first")
    String evaluationNotSigned();

    @Message("Download the plan (PDF)")
    String downloadPlan();

    @Message("Download the exercise handout (PDF)")
    String downloadHandout();

    /** The record, as the subject of the "changed by someone else" sentence. */
    @Message("This plan")
    String thisRecord();
}
