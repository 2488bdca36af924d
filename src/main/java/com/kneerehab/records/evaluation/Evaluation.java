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
import java.time.temporal.ChronoUnit;
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

    /** SHA-256 of {@link #sealedContent()} at signing; checked whenever the evaluation is shown. */
    @Column(name = "signed_hash", length = 64)
    public String signedHash;

    /** The open page (a token it was drawn with) that saved this draft last; see {@link #checkVersion}. */
    @Column(name = "draft_editor", length = 36)
    public String draftEditor;

    @Column(name = "discarded_at")
    public Instant discardedAt;

    @Column(name = "discarded_by_subject", length = 100)
    public String discardedBySubject;

    @Column(name = "discarded_by_name", length = 200)
    public String discardedByName;

    @Column(name = "discard_reason", length = 500)
    public String discardReason;

    @Column(name = "entered_in_error_at")
    public Instant enteredInErrorAt;

    @Column(name = "entered_in_error_by_subject", length = 100)
    public String enteredInErrorBySubject;

    @Column(name = "entered_in_error_by_name", length = 200)
    public String enteredInErrorByName;

    @Column(name = "entered_in_error_reason", length = 500)
    public String enteredInErrorReason;

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

    public boolean isDiscarded() {
        return discardedAt != null;
    }

    public boolean isEnteredInError() {
        return enteredInErrorAt != null;
    }

    /** Whether the evaluation counts for the patient's care: not discarded and not entered in error. */
    public boolean isCurrent() {
        return !isDiscarded() && !isEnteredInError();
    }

    public void requireEditable() {
        if (isSigned()) {
            throw DomainException.conflict(Choices.text().signedCannotChange());
        }
        if (isDiscarded()) {
            throw DomainException.conflict(Choices.text().discardedCannotChange());
        }
    }

    /**
     * The optimistic check of a change that starts from {@code version}. A stale version is refused, unless
     * every save since came from the same open page ({@code editor}, drawn once per page): a page that saves
     * as it is typed may have a save still under way when its form is sent, and both carry what it shows.
     */
    public void checkVersion(Integer version, String editor) {
        if (version != null && version != this.version && editor != null && editor.equals(draftEditor)) {
            return;
        }
        com.kneerehab.records.platform.Versions.check(version, this.version, Choices.text().thisRecord());
    }

    /**
     * Saves a step's findings as a draft, never completing it. Changing the findings of a complete step
     * returns it, and the steps below it that depend on it, to draft; unchanged findings keep their state.
     * Says whether anything changed.
     */
    public boolean saveDraft(StepInputs.StepInput input) {
        requireEditable();
        boolean changed = input.applyTo(this);
        if (changed && isComplete(input.step())) {
            reopenStep(input.step());
        }
        return changed;
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
        return !isSigned() && !isDiscarded() && clinicianSubject.equals(subject);
    }

    /** Gives the draft to another clinician, who records it from now on. */
    public void handOver(String toSubject, String toName) {
        requireEditable();
        if (toSubject.equals(clinicianSubject)) {
            throw DomainException.invalid(Choices.text().handOverRefused(),
                    Map.of("to", Choices.text().handOverToSomeoneElse()));
        }
        clinicianSubject = toSubject;
        clinicianName = toName;
        draftEditor = null;
    }

    /** Discards the draft: kept with who, when and why, and out of the lists. */
    public void discard(String subject, String name, Instant at, String reason) {
        requireEditable();
        discardedAt = at;
        discardedBySubject = subject;
        discardedByName = name;
        discardReason = reason;
    }

    /** Marks a signed evaluation as entered in error (the wrong patient): kept, out of the current view. */
    public void markEnteredInError(String subject, String name, Instant at, String reason) {
        if (!isSigned()) {
            throw DomainException.conflict(Choices.text().enteredInErrorOnlySigned());
        }
        if (isEnteredInError()) {
            throw DomainException.conflict(Choices.text().alreadyEnteredInError());
        }
        enteredInErrorAt = at;
        enteredInErrorBySubject = subject;
        enteredInErrorByName = name;
        enteredInErrorReason = reason;
    }

    /**
     * Marks a step complete. Refused, naming the step, while any step above it is incomplete; refused,
     * naming the fields, while the step's own findings are missing.
     */
    public void completeStep(EvaluationStep step) {
        Optional<EvaluationStep> above = blockedBy(step);
        if (above.isPresent()) {
            throw DomainException.conflict(Choices.text().topDown(above.get().label(), step.label()));
        }
        Map<String, String> missing = findings(step).missingForCompletion();
        if (!missing.isEmpty()) {
            throw DomainException.invalid(Choices.text().stepIncomplete(step.label()), missing);
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
        EvaluationMessages text = Choices.text();
        for (EvaluationStep step : EvaluationStep.values()) {
            if (!findings(step).isComplete()) {
                missing.add(text.missingStep(step.label()));
            }
        }
        if (painScore == null) {
            missing.add(text.missingPainScore());
        }
        if (painSources().isEmpty()) {
            missing.add(text.missingPainSources());
        }
        if (primarySource == null) {
            missing.add(text.missingPrimarySource());
        }
        if (diagnosis == null) {
            missing.add(text.missingDiagnosis());
        }
        return missing;
    }

    public void sign(String subject, String name, Instant at) {
        requireEditable();
        List<String> missing = missingForSignature();
        if (!missing.isEmpty()) {
            throw DomainException.conflict(Choices.text().incompleteForSignature(String.join("; ", missing)));
        }
        status = Status.SIGNED;
        signedBySubject = subject;
        signedByName = name;
        signedAt = at.truncatedTo(ChronoUnit.MICROS);
        draftEditor = null;
        signedHash = Seal.hash(sealedContent());
    }

    /** Whether the signed content is what was sealed at signing; true for a draft, which has no seal. */
    public boolean sealHolds() {
        return !isSigned() || (signedHash != null && signedHash.equals(Seal.hash(sealedContent())));
    }

    /**
     * The signed content in the form it is sealed in: each present value as {@code column=HEX(text)}, in a
     * fixed order, joined by '|'. A value that is absent is left out, so a finding added later (absent on
     * evaluations signed before it) leaves their seals intact. The migration that sealed the evaluations
     * signed before sealing existed writes the same text in SQL.
     */
    public String sealedContent() {
        Seal content = new Seal();
        content.add("patient_id", patient.id);
        content.add("visit_date", visitDate);
        content.add("clinician_subject", clinicianSubject);
        for (EvaluationStep step : EvaluationStep.values()) {
            Findings findings = findings(step);
            content.add(StepFields.completeColumn(step), findings.isComplete());
            for (StepFields.StepField field : StepFields.of(step)) {
                content.add(field.column(), field.get(findings));
            }
        }
        content.add("symptoms", symptomCodes);
        content.add("symptom_side", symptomSide);
        content.add("pain_score", painScore);
        content.add("pain_sources", painSourceCodes);
        content.add("primary_source", primarySource);
        content.add("diagnosis", diagnosis);
        content.add("diagnosis_other", diagnosisOther);
        content.add("signed_by_subject", signedBySubject);
        content.add("signed_by_name", signedByName);
        content.add("signed_at", signedAt);
        return content.toString();
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
