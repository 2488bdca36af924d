package com.kneerehab.records.evaluation;

import com.kneerehab.records.evaluation.Choices.Diagnosis;
import com.kneerehab.records.evaluation.Choices.PainSource;
import com.kneerehab.records.evaluation.Choices.Symptom;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One clinician's evaluation of one patient at one visit. Holds the top-down rules: a step can be
 * completed only when every step above it is complete, only a complete evaluation with a primary pain
 * source can be signed, and a signed evaluation never changes again.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {

    public enum Status { DRAFT, SIGNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false)
    public Patient patient;

    @Column(name = "clinician_subject", nullable = false, length = 100)
    public String clinicianSubject;

    @Column(name = "clinician_name", nullable = false, length = 200)
    public String clinicianName;

    @Column(name = "visit_date", nullable = false)
    public LocalDate visitDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    public Status status = Status.DRAFT;

    @Embedded
    public RibcageFindings ribcage = new RibcageFindings();
    @Embedded
    public HipFindings hip = new HipFindings();
    @Embedded
    public FootAnkleFindings footAnkle = new FootAnkleFindings();
    @Embedded
    public KneeAxisFindings kneeAxis = new KneeAxisFindings();

    /** Comma-separated {@link Symptom} names; use {@link #symptoms()}. */
    @Column(name = "symptoms", nullable = false, length = 255)
    String symptomCodes = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "symptom_side", length = 8)
    public Side symptomSide;

    @Column(name = "pain_score")
    public Integer painScore;

    /** Comma-separated {@link PainSource} names; use {@link #painSources()}. */
    @Column(name = "pain_sources", nullable = false, length = 100)
    String painSourceCodes = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "primary_source", length = 16)
    public PainSource primarySource;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "diagnosis", length = 32)
    public Diagnosis diagnosis;

    @Column(name = "diagnosis_other", length = 200)
    public String diagnosisOther;

    @Column(name = "signed_by_subject", length = 100)
    public String signedBySubject;

    @Column(name = "signed_by_name", length = 200)
    public String signedByName;

    @Column(name = "signed_at")
    public Instant signedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    public Findings findings(EvaluationStep step) {
        return switch (step) {
            case RIBCAGE -> ribcage;
            case HIP -> hip;
            case FOOT_ANKLE -> footAnkle;
            case KNEE_AXIS -> kneeAxis;
        };
    }

    public boolean isSigned() {
        return status == Status.SIGNED;
    }

    public void requireEditable() {
        if (isSigned()) {
            throw DomainException.conflict("This evaluation is signed and can no longer change. Add an addendum to"
                    + " correct or extend it.");
        }
    }

    public boolean isComplete(EvaluationStep step) {
        return findings(step).isComplete();
    }

    /** The first step that is not complete, if any: the one the clinician works on next. */
    public EvaluationStep currentStep() {
        return Arrays.stream(EvaluationStep.values()).filter(s -> !isComplete(s)).findFirst().orElse(null);
    }

    /** The first step above this one that is still incomplete, if any: until it is complete, this one cannot be. */
    public Optional<EvaluationStep> blockedBy(EvaluationStep step) {
        return Arrays.stream(EvaluationStep.values()).filter(above -> above.isAbove(step) && !isComplete(above))
                .findFirst();
    }

    /** Whether this person may change the evaluation: only a draft, and only the clinician recording it. */
    public boolean isEditableBy(String subject) {
        return !isSigned() && clinicianSubject.equals(subject);
    }

    /**
     * Marks a step complete. Refused, naming the step, while any step above it is incomplete; refused,
     * naming the fields, while the step's own findings are missing.
     */
    public void completeStep(EvaluationStep step) {
        Optional<EvaluationStep> above = blockedBy(step);
        if (above.isPresent()) {
            throw DomainException.conflict("Complete the \"" + above.get().label() + "\" step before \""
                    + step.label() + "\": the evaluation goes top-down.");
        }
        Map<String, String> missing = findings(step).missingForCompletion();
        if (!missing.isEmpty()) {
            throw DomainException.invalid("The \"" + step.label() + "\" step cannot be completed yet.", missing);
        }
        findings(step).setComplete(true);
    }

    /** Returns a step to draft. Steps below it depend on it, so they return to draft as well. */
    public void reopenStep(EvaluationStep step) {
        for (EvaluationStep s : EvaluationStep.values()) {
            if (s == step || step.isAbove(s)) {
                findings(s).setComplete(false);
            }
        }
    }

    /** What still stands between this evaluation and a signature; empty when it can be signed. */
    public List<String> missingForSignature() {
        List<String> missing = new ArrayList<>();
        for (EvaluationStep step : EvaluationStep.values()) {
            if (!findings(step).isComplete()) {
                missing.add("Complete the \"" + step.label() + "\" step");
            }
        }
        if (painScore == null) {
            missing.add("Record the pain score");
        }
        if (painSources().isEmpty()) {
            missing.add("Mark at least one suspected pain source");
        }
        if (primarySource == null) {
            missing.add("Mark the primary pain source");
        }
        if (diagnosis == null) {
            missing.add("Record the working diagnosis");
        }
        return missing;
    }

    public void sign(String subject, String name, Instant at) {
        requireEditable();
        List<String> missing = missingForSignature();
        if (!missing.isEmpty()) {
            throw DomainException.conflict("Only a complete evaluation can be signed. Still needed: "
                    + String.join("; ", missing) + ".");
        }
        status = Status.SIGNED;
        signedBySubject = subject;
        signedByName = name;
        signedAt = at;
    }

    public Set<Symptom> symptoms() {
        return decode(symptomCodes, Symptom.class);
    }

    public void symptoms(Set<Symptom> symptoms) {
        symptomCodes = encode(symptoms);
    }

    public Set<PainSource> painSources() {
        return decode(painSourceCodes, PainSource.class);
    }

    public void painSources(Set<PainSource> sources) {
        painSourceCodes = encode(sources);
    }

    private static <E extends Enum<E>> Set<E> decode(String codes, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (codes != null && !codes.isBlank()) {
            for (String code : codes.split(",")) {
                set.add(Enum.valueOf(type, code));
            }
        }
        return set;
    }

    private static <E extends Enum<E>> String encode(Set<E> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
