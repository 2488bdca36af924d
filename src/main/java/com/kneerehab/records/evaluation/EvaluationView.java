package com.kneerehab.records.evaluation;

import com.kneerehab.records.evaluation.Choices.Diagnosis;
import com.kneerehab.records.evaluation.Choices.PainSource;
import com.kneerehab.records.evaluation.Choices.Symptom;
import com.kneerehab.records.platform.Side;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An evaluation as the API returns it, with its addenda in the order they were written. Each step is shown
 * as its findings class (a copy, with the step's completion), so a new finding appears here by itself.
 */
public record EvaluationView(Long id, Long patientId, LocalDate visitDate, Evaluation.Status status,
                             String clinicianName, EvaluationStep currentStep,
                             RibcageFindings ribcage, HipFindings hip, FootAnkleFindings footAnkle,
                             KneeAxisFindings kneeAxis,
                             Assessment assessment, String signedBy, Instant signedAt,
                             List<String> missingForSignature, List<AddendumView> addenda, int version) {

    public record Assessment(Set<Symptom> symptoms, Side symptomSide, Integer painScore, Set<PainSource> painSources,
                             PainSource primarySource, Diagnosis diagnosis, String diagnosisOther) {
    }

    public record AddendumView(Long id, String author, Instant createdAt, String text, String reason) {
    }

    public static EvaluationView of(Evaluation e, List<Addendum> addenda) {
        return new EvaluationView(e.id, e.patient.id, e.visitDate, e.status, e.clinicianName, e.currentStep(),
                (RibcageFindings) StepFields.snapshot(EvaluationStep.RIBCAGE, e.ribcage),
                (HipFindings) StepFields.snapshot(EvaluationStep.HIP, e.hip),
                (FootAnkleFindings) StepFields.snapshot(EvaluationStep.FOOT_ANKLE, e.footAnkle),
                (KneeAxisFindings) StepFields.snapshot(EvaluationStep.KNEE_AXIS, e.kneeAxis),
                new Assessment(e.symptoms(), e.symptomSide, e.painScore, e.painSources(), e.primarySource,
                        e.diagnosis, e.diagnosisOther),
                e.signedByName, e.signedAt, e.isSigned() ? List.of() : e.missingForSignature(),
                addenda.stream().map(a -> new AddendumView(a.id, a.authorName, a.createdAt, a.text, a.reason)).toList(),
                e.version);
    }
}
