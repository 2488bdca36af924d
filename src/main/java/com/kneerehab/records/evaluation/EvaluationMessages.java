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

    @Message("Alignment")
    String ribcageAlignmentField();

    @Message("Breathing and posture notes")
    String ribcageNotes();

    @Message("Ranges in degrees.")
    String rangesInDegrees();

    @Message("Extension, left")
    String hipExtensionLeft();

    @Message("Extension, right")
    String hipExtensionRight();

    @Message("Internal rotation, left")
    String hipInternalRotationLeft();

    @Message("Internal rotation, right")
    String hipInternalRotationRight();

    @Message("External rotation, left")
    String hipExternalRotationLeft();

    @Message("External rotation, right")
    String hipExternalRotationRight();

    @Message("Hip in repetitive motion (walking)")
    String hipMotionField();

    @Message("Ankle dorsiflexion, left (degrees)")
    String dorsiflexionLeft();

    @Message("Ankle dorsiflexion, right (degrees)")
    String dorsiflexionRight();

    @Message("Midfoot and arch mobility")
    String midfootMobilityField();

    @Message("Foot posture")
    String footPostureField();

    @Message("Is the knee off its axis?")
    String offAxis();

    @Message("Kneecap tracking")
    String trackingField();

    @Message("Manual therapy applied to bring it back?")
    String manualTherapy();

    @Message("Notes")
    String notes();

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

    @Message("evaluation")
    String record();

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
}
