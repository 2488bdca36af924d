package com.kneerehab.records.evaluation;

import com.kneerehab.records.evaluation.Choices.Diagnosis;
import com.kneerehab.records.evaluation.Choices.FootPosture;
import com.kneerehab.records.evaluation.Choices.HipMotion;
import com.kneerehab.records.evaluation.Choices.KneecapTracking;
import com.kneerehab.records.evaluation.Choices.MidfootMobility;
import com.kneerehab.records.evaluation.Choices.PainSource;
import com.kneerehab.records.evaluation.Choices.RibcageAlignment;
import com.kneerehab.records.evaluation.Choices.Symptom;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import java.time.LocalDate;

/**
 * The words of the evaluation: its pages, its steps and their fields, its choice lists, what is missing
 * before a step is complete or the evaluation can be signed, and its refusals. English by default; other
 * languages go in {@code messages/evaluation_<language>.properties}. Templates use {@code {evaluation:key}}.
 */
@MessageBundle("evaluation")
public interface EvaluationMessages {

    // ------------------------------------------------------------------ the steps and the choice lists

    @Message("{#when step}{#is RIBCAGE}Ribcage alignment{#is HIP}Hip extension and rotation"
            + "{#is FOOT_ANKLE}Foot and ankle{#is KNEE_AXIS}Knee axis{/when}")
    String step(EvaluationStep step);

    @Message("{#when alignment}{#is NEUTRAL}Neutral{#is FLARED}Flared{#is ROTATED}Rotated"
            + "{#is DEPRESSED}Depressed{/when}")
    String ribcageAlignment(RibcageAlignment alignment);

    @Message("{#when motion}{#is CONTROLLED}Controlled through the stride"
            + "{#is COLLAPSES_INWARD}Thigh collapses into internal rotation"
            + "{#is PELVIC_DROP}Pelvis drops on the swing side"
            + "{#is SHORT_STRIDE}Stride shortened by limited extension{/when}")
    String hipMotion(HipMotion motion);

    @Message("{#when mobility}{#is STIFF}Stiff{#is NORMAL}Normal{#is HYPERMOBILE}Hypermobile{/when}")
    String midfootMobility(MidfootMobility mobility);

    @Message("{#when posture}{#is NEUTRAL}Neutral{#is PRONATED}Pronated (arch drops)"
            + "{#is SUPINATED}Supinated (high arch){/when}")
    String footPosture(FootPosture posture);

    @Message("{#when tracking}{#is NORMAL}Normal{#is LATERAL}Lateral (towards the outside)"
            + "{#is MEDIAL}Medial (towards the inside){/when}")
    String kneecapTracking(KneecapTracking tracking);

    @Message("{#when symptom}{#is JUMP_RUN_PAIN}Pain with jumping and running{#is SHIN_SPLINTS}Shin splints"
            + "{#is CLICKING}Clicking at the knee{#is LOCKING}Locking at the knee"
            + "{#is GRINDING}Grinding, rubbing or burning around the knee{#is SWELLING}Swelling"
            + "{#is STIFF_MIDFOOT}Stiff, inflexible midfoot or arch{/when}")
    String symptom(Symptom symptom);

    @Message("{#when source}{#is NERVE}Nerve{#is KNEECAP}Kneecap (patellofemoral){#is TENDON}Tendon"
            + "{#is JOINT}Knee joint{#is FAT_PAD}Fat pad{/when}")
    String painSource(PainSource source);

    @Message("{#when diagnosis}{#is CHONDROMALACIA_PATELLAE}Chondromalacia patellae"
            + "{#is PATELLOFEMORAL_PAIN}Patellofemoral pain syndrome"
            + "{#is PATELLAR_TENDINOPATHY}Patellar tendinopathy{#is OTHER}Other{/when}")
    String diagnosis(Diagnosis diagnosis);

    // ------------------------------------------------------------------ the evaluation page

    @Message("Evaluation {visitDate} · {patient}")
    String pageTitle(LocalDate visitDate, String patient);

    @Message("Breadcrumb")
    String breadcrumb();

    @Message("Evaluation of {visitDate}")
    String evaluationOf(LocalDate visitDate);

    @Message("by {clinician}")
    String byClinician(String clinician);

    @Message("Signed")
    String signed();

    @Message("by {who} on {when}")
    String byOn(String who, String when);

    @Message("Draft")
    String draft();

    @Message("This draft is being recorded by {clinician}; you can read it but not change it.")
    String readOnlyDraft(String clinician);

    @Message("Evaluation steps, top-down")
    String stepsInOrder();

    @Message("complete")
    String stepListComplete();

    @Message("draft")
    String stepListDraft();

    @Message("Symptoms and suspected pain sources")
    String assessment();

    @Message("Symptoms")
    String symptoms();

    @Message("Side")
    String side();

    @Message("Not recorded")
    String notRecorded();

    @Message("Pain score (0–10)")
    String painScore();

    @Message("Suspected pain sources")
    String painSources();

    @Message("Primary source")
    String primarySource();

    @Message("Not decided")
    String notDecided();

    @Message("Working diagnosis")
    String workingDiagnosis();

    @Message("Other diagnosis")
    String diagnosisOther();

    @Message("Save symptoms and sources")
    String saveAssessment();

    @Message("Signature")
    String signature();

    @Message("Signed by")
    String signedBy();

    @Message("on {when}. The evaluation is read-only; add an addendum to correct or extend it.")
    String signedReadOnly(String when);

    @Message("Everything is recorded. Signing makes the evaluation read-only.")
    String readyToSign();

    @Message("Before signing:")
    String beforeSigning();

    @Message("Sign the evaluation")
    String sign();

    @Message("Addenda")
    String addenda();

    @Message("Reason: {reason}")
    String addendumReason(String reason);

    @Message("No addenda.")
    String noAddenda();

    @Message("Addendum")
    String addendum();

    @Message("Reason")
    String reason();

    @Message("Add the addendum")
    String addAddendum();

    // ------------------------------------------------------------------ starting an evaluation

    @Message("New evaluation for {patient}")
    String newTitle(String patient);

    @Message("New evaluation")
    String newEvaluation();

    @Message("Visit date")
    String visitDate();

    @Message("Start the evaluation")
    String start();

    @Message("Cancel")
    String cancel();

    // ------------------------------------------------------------------ the fields of the steps
    // One label per finding, named <step><Field>Label after the findings class's field (StepFields).

    @Message("Alignment")
    String ribcageAlignmentLabel();

    @Message("Side")
    String ribcageSideLabel();

    @Message("Breathing and posture notes")
    String ribcageNotesLabel();

    @Message("Extension, left (degrees)")
    String hipExtensionLeftLabel();

    @Message("Extension, right (degrees)")
    String hipExtensionRightLabel();

    @Message("Internal rotation, left (degrees)")
    String hipInternalRotationLeftLabel();

    @Message("Internal rotation, right (degrees)")
    String hipInternalRotationRightLabel();

    @Message("External rotation, left (degrees)")
    String hipExternalRotationLeftLabel();

    @Message("External rotation, right (degrees)")
    String hipExternalRotationRightLabel();

    @Message("Hip in repetitive motion (walking)")
    String hipMotionLabel();

    @Message("Notes")
    String hipNotesLabel();

    @Message("Ankle dorsiflexion, left (degrees)")
    String footAnkleDorsiflexionLeftLabel();

    @Message("Ankle dorsiflexion, right (degrees)")
    String footAnkleDorsiflexionRightLabel();

    @Message("Midfoot and arch mobility")
    String footAnkleMidfootMobilityLabel();

    @Message("Foot posture")
    String footAnkleFootPostureLabel();

    @Message("Notes")
    String footAnkleNotesLabel();

    @Message("Is the knee off its axis?")
    String kneeAxisOffAxisLabel();

    @Message("Kneecap tracking")
    String kneeAxisTrackingLabel();

    @Message("Manual therapy applied to bring it back?")
    String kneeAxisManualTherapyLabel();

    @Message("Notes")
    String kneeAxisNotesLabel();

    // ------------------------------------------------------------------ what a step still needs

    @Message("Record the ribcage alignment")
    String missingRibcageAlignment();

    @Message("Record which side the ribcage deviates to")
    String missingRibcageSide();

    @Message("Measure left hip extension")
    String missingHipExtensionLeft();

    @Message("Measure right hip extension")
    String missingHipExtensionRight();

    @Message("Measure left hip internal rotation")
    String missingHipInternalRotationLeft();

    @Message("Measure right hip internal rotation")
    String missingHipInternalRotationRight();

    @Message("Measure left hip external rotation")
    String missingHipExternalRotationLeft();

    @Message("Measure right hip external rotation")
    String missingHipExternalRotationRight();

    @Message("Record how the hip moves when walking")
    String missingHipMotion();

    @Message("Measure left ankle dorsiflexion")
    String missingDorsiflexionLeft();

    @Message("Measure right ankle dorsiflexion")
    String missingDorsiflexionRight();

    @Message("Record midfoot and arch mobility")
    String missingMidfootMobility();

    @Message("Record the foot posture")
    String missingFootPosture();

    @Message("Record whether the knee is off its axis")
    String missingOffAxis();

    @Message("Record the kneecap tracking")
    String missingTracking();

    @Message("Record whether manual therapy was applied")
    String missingManualTherapy();

    // ------------------------------------------------------------------ what signing still needs

    @Message("Complete the \"{step}\" step")
    String missingStep(String step);

    @Message("Record the pain score")
    String missingPainScore();

    @Message("Mark at least one suspected pain source")
    String missingPainSources();

    @Message("Mark the primary pain source")
    String missingPrimarySource();

    @Message("Record the working diagnosis")
    String missingDiagnosis();

    // ------------------------------------------------------------------ refusals

    @Message("The evaluation")
    String theEvaluation();

    @Message("The step")
    String theStep();

    @Message("The patient")
    String thePatient();

    /** The record, as the subject of the "changed by someone else" sentence. */
    @Message("This evaluation")
    String thisRecord();

    @Message("This evaluation is signed and can no longer change. Add an addendum to correct or extend it.")
    String signedCannotChange();

    @Message("Complete the \"{above}\" step before \"{step}\": the evaluation goes top-down.")
    String topDown(String above, String step);

    @Message("The \"{step}\" step cannot be completed yet.")
    String stepIncomplete(String step);

    @Message("Only a complete evaluation can be signed. Still needed: {missing}.")
    String incompleteForSignature(String missing);

    @Message("This patient is discharged. Start a new episode of care (re-referral) before a new evaluation.")
    String patientDischarged();

    @Message("The primary source must be one of the suspected sources")
    String primaryNotSuspected();

    @Message("Describe the diagnosis when you choose Other")
    String describeOtherDiagnosis();

    @Message("The assessment cannot be saved.")
    String assessmentRefused();

    @Message("Addenda are for signed evaluations. This one is still a draft: edit it directly.")
    String addendaOnlyWhenSigned();

    @Message("Not your evaluation")
    String notYoursTitle();

    @Message("Only {clinician}, who is recording this evaluation, can change or sign it. You can read it, and add an"
            + " addendum once it is signed.")
    String notYours(String clinician);

    // ------------------------------------------------------------------ the page's one form of steps, saved as typed

    @Message("Current step: {step}")
    String currentStep(String step);

    @Message("All four steps are complete.")
    String allStepsComplete();

    @Message("To complete it:")
    String toCompleteIt();

    @Message("Ready to be marked complete.")
    String readyToComplete();

    @Message("Every step is kept as a draft as you type; nothing you typed is lost when you complete a step.")
    String keptAsYouType();

    @Message("Saved")
    String savedState();

    @Message("Saved at {time}")
    String savedAt(String time);

    @Message("Saving…")
    String savingState();

    @Message("Not saved yet")
    String unsavedState();

    @Message("Not saved: {problem}")
    String notSaved(String problem);

    @Message("Save all steps as draft")
    String saveAllDrafts();

    @Message("Complete this step")
    String completeThisStep();

    @Message("The steps are saved as drafts.")
    String noticeStepsSaved();

    @Message("Step status")
    String stepStatus();

    // ------------------------------------------------------------------ drafts and mistakes

    @Message("Hand over or discard this draft")
    String draftActions();

    @Message("Hand over to")
    String handOverTo();

    @Message("Choose a clinician")
    String chooseClinician();

    @Message("Note for the clinician (optional)")
    String handOverNote();

    @Message("Hand over the draft")
    String handOver();

    @Message("No other active clinician to hand over to.")
    String noOtherClinician();

    @Message("Reason for discarding")
    String discardReasonLabel();

    @Message("Discard the draft")
    String discard();

    @Message("Handed over by {from} to {to} on {when}")
    String handedOver(String from, String to, String when);

    @Message("Note: {note}")
    String handOverNoteShown(String note);

    @Message("Discarded by {who} on {when}. Reason: {reason}. It is kept for the record and left out of the lists.")
    String discardedBanner(String who, String when, String reason);

    @Message("Entered in error: marked by {who} on {when}. Reason: {reason}. It is kept for the record and left out"
            + " of the patient's current view.")
    String enteredInErrorBanner(String who, String when, String reason);

    @Message("The signed content of this evaluation no longer matches its seal: it was changed outside the"
            + " application after signing. Treat what is shown as unreliable and report it.")
    String sealBroken();

    @Message("Recorded on the wrong patient?")
    String wrongPatient();

    @Message("Reason it is in error")
    String enteredInErrorReasonLabel();

    @Message("Mark as entered in error")
    String markEnteredInError();

    @Message("entered in error")
    String enteredInErrorMark();

    @Message("The draft is handed over.")
    String noticeHandedOver();

    @Message("The draft is discarded.")
    String noticeDiscarded();

    @Message("The evaluation is marked as entered in error.")
    String noticeEnteredInError();

    @Message("This draft is discarded and can no longer change.")
    String discardedCannotChange();

    @Message("The draft cannot be handed over.")
    String handOverRefused();

    @Message("Choose another clinician than the one recording it")
    String handOverToSomeoneElse();

    @Message("Choose an active clinician")
    String noSuchClinician();

    @Message("Only a signed evaluation can be marked as entered in error; discard a draft instead.")
    String enteredInErrorOnlySigned();

    @Message("This evaluation is already marked as entered in error.")
    String alreadyEnteredInError();

    // ------------------------------------------------------------------ the history of a patient's evaluations

    @Message("All evaluations, with those entered in error")
    String allEvaluations();

    @Message("Evaluations · {patient}")
    String historyTitle(String patient);

    @Message("Evaluation history")
    String history();

    @Message("Every evaluation of the patient, newest visit first. Discarded drafts are not listed; evaluations"
            + " entered in error are kept here, marked, and left out of the chart.")
    String historyIntro();

    @Message("Visit")
    String visitColumn();

    @Message("Clinician")
    String clinicianColumn();

    @Message("Status")
    String statusColumn();

    @Message("No evaluations yet.")
    String noEvaluations();
}
