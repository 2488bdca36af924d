package com.kneerehab.records.evaluation;

import com.kneerehab.records.evaluation.Choices.Diagnosis;
import com.kneerehab.records.evaluation.Choices.FootPosture;
import com.kneerehab.records.evaluation.Choices.HipMotion;
import com.kneerehab.records.evaluation.Choices.KneecapTracking;
import com.kneerehab.records.evaluation.Choices.MidfootMobility;
import com.kneerehab.records.evaluation.Choices.PainSource;
import com.kneerehab.records.evaluation.Choices.RibcageAlignment;
import com.kneerehab.records.evaluation.Choices.Symptom;
import com.kneerehab.records.platform.Side;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An evaluation as the API returns it, with its addenda in the order they were written. */
public record EvaluationView(Long id, Long patientId, LocalDate visitDate, Evaluation.Status status,
                             String clinicianName, EvaluationStep currentStep,
                             Ribcage ribcage, Hip hip, FootAnkle footAnkle, KneeAxis kneeAxis,
                             Assessment assessment, String signedBy, Instant signedAt,
                             List<String> missingForSignature, List<AddendumView> addenda, int version) {

    public record Ribcage(boolean complete, RibcageAlignment alignment, Side side, String notes) {
    }

    public record Hip(boolean complete, Integer extensionLeft, Integer extensionRight, Integer internalRotationLeft,
                      Integer internalRotationRight, Integer externalRotationLeft, Integer externalRotationRight,
                      HipMotion motion, String notes) {
    }

    public record FootAnkle(boolean complete, Integer dorsiflexionLeft, Integer dorsiflexionRight,
                            MidfootMobility midfootMobility, FootPosture footPosture, String notes) {
    }

    public record KneeAxis(boolean complete, Boolean offAxis, KneecapTracking tracking, Boolean manualTherapy,
                           String notes) {
    }

    public record Assessment(Set<Symptom> symptoms, Side symptomSide, Integer painScore, Set<PainSource> painSources,
                             PainSource primarySource, Diagnosis diagnosis, String diagnosisOther) {
    }

    public record AddendumView(Long id, String author, Instant createdAt, String text, String reason) {
    }

    public static EvaluationView of(Evaluation e, List<Addendum> addenda) {
        return new EvaluationView(e.id, e.patient.id, e.visitDate, e.status, e.clinicianName, e.currentStep(),
                new Ribcage(e.ribcage.complete, e.ribcage.alignment, e.ribcage.side, e.ribcage.notes),
                new Hip(e.hip.complete, e.hip.extensionLeft, e.hip.extensionRight, e.hip.internalRotationLeft,
                        e.hip.internalRotationRight, e.hip.externalRotationLeft, e.hip.externalRotationRight,
                        e.hip.motion, e.hip.notes),
                new FootAnkle(e.footAnkle.complete, e.footAnkle.dorsiflexionLeft, e.footAnkle.dorsiflexionRight,
                        e.footAnkle.midfootMobility, e.footAnkle.footPosture, e.footAnkle.notes),
                new KneeAxis(e.kneeAxis.complete, e.kneeAxis.offAxis, e.kneeAxis.tracking, e.kneeAxis.manualTherapy,
                        e.kneeAxis.notes),
                new Assessment(e.symptoms(), e.symptomSide, e.painScore, e.painSources(), e.primarySource,
                        e.diagnosis, e.diagnosisOther),
                e.signedByName, e.signedAt, e.isSigned() ? List.of() : e.missingForSignature(),
                addenda.stream().map(a -> new AddendumView(a.id, a.authorName, a.createdAt, a.text, a.reason)).toList(),
                e.version);
    }
}
