package com.kneerehab.records.evaluation;

import com.kneerehab.records.evaluation.Choices.Diagnosis;
import com.kneerehab.records.evaluation.Choices.PainSource;
import com.kneerehab.records.evaluation.Choices.Symptom;
import com.kneerehab.records.platform.Side;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** The symptom checklist, the suspected pain sources and the working diagnosis. */
public record AssessmentInput(
        @NotNull(message = "{evaluation.the-record-version-is-required}") Integer version,
        Set<Symptom> symptoms,
        Side symptomSide,
        @Min(value = 0, message = "{evaluation.pain-0-to-10}") @Max(value = 10, message = "{evaluation.pain-0-to-10}") Integer painScore,
        Set<PainSource> painSources,
        PainSource primarySource,
        Diagnosis diagnosis,
        @Size(max = 200, message = "{evaluation.at-most-200-characters}") String diagnosisOther) {
}
