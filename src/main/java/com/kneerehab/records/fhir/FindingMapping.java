package com.kneerehab.records.fhir;

import com.kneerehab.records.evaluation.Addendum;
import com.kneerehab.records.evaluation.Choices.Symptom;
import com.kneerehab.records.evaluation.Evaluation;
import com.kneerehab.records.evaluation.EvaluationMessages;
import com.kneerehab.records.evaluation.EvaluationStep;
import com.kneerehab.records.platform.Labelled;
import com.kneerehab.records.platform.Side;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

import java.math.BigDecimal;

import static com.kneerehab.records.fhir.FhirIds.Owner.EVALUATION;

/**
 * Observation per evaluation finding. One panel per evaluation has the four steps' panels as members in
 * the top-down order (ribcage, hip, foot and ankle, knee axis), then the symptom checklist and the 0-10
 * pain score; each step's panel has its findings as members. Ranges of motion are quantities in degrees
 * (UCUM {@code deg}) with the left and right side as components. Addenda are notes on the evaluation's panel.
 */
@ApplicationScoped
class FindingMapping implements RecordMapping {

    @Inject
    ClinicCodes codes;

    /** What one evaluation's observations share: status, patient, visit, date and clinician. */
    private final class Visit {
        final Evaluation evaluation;
        final MappedRecord out;

        Visit(Evaluation evaluation, MappedRecord out) {
            this.evaluation = evaluation;
            this.out = out;
        }

        Observation observation(String part, CodeableConcept code, String category) {
            Observation observation = new Observation();
            observation.setId(EVALUATION.id(evaluation.id, part));
            observation.setStatus(evaluation.isSigned() ? Observation.ObservationStatus.FINAL
                    : Observation.ObservationStatus.PRELIMINARY);
            observation.addCategory(Codes.concept(Codes.OBSERVATION_CATEGORY, category,
                    category.equals("exam") ? "Exam" : "Survey"));
            observation.setCode(code);
            observation.setSubject(Fhir.ref("Patient", String.valueOf(evaluation.patient.id)));
            observation.setEncounter(Fhir.ref("Encounter", EVALUATION.id(evaluation.id)));
            observation.setEffective(Fhir.day(evaluation.visitDate));
            observation.addPerformer(Fhir.named(evaluation.clinicianName));
            return observation;
        }

        /** A finding of a step, added to the record and to its step's panel, when it was recorded. */
        void finding(Observation panel, String part, String label, Type value) {
            if (value == null) {
                return;
            }
            Observation finding = observation(part, codes.finding(part, label), "exam");
            finding.setValue(value);
            member(panel, finding);
        }

        /** A range of motion in degrees, left and right as components, when either side was measured. */
        void range(Observation panel, String part, String label, Integer left, Integer right) {
            if (left == null && right == null) {
                return;
            }
            Observation finding = observation(part, codes.finding(part, label), "exam");
            side(finding, part + "-left", Side.LEFT, left);
            side(finding, part + "-right", Side.RIGHT, right);
            member(panel, finding);
        }

        private void side(Observation finding, String part, Side side, Integer degrees) {
            if (degrees != null) {
                CodeableConcept code = codes.finding(part, side.label());
                code.addCoding(side == Side.LEFT ? Codes.LEFT.copy() : Codes.RIGHT.copy());
                finding.addComponent().setCode(code).setValue(new Quantity().setValue(BigDecimal.valueOf(degrees))
                        .setUnit("deg").setSystem(Codes.UCUM).setCode("deg"));
            }
        }

        void member(Observation panel, Observation member) {
            out.add(member);
            panel.addHasMember(Fhir.ref(member));
        }
    }

    @Override
    public void map(PatientRecord record, MappedRecord out) {
        FhirMessages text = MessageBundles.get(FhirMessages.class);
        EvaluationMessages words = MessageBundles.get(EvaluationMessages.class);
        for (Evaluation evaluation : record.evaluations()) {
            Visit visit = new Visit(evaluation, out);
            Observation panel = visit.observation("panel", codes.finding("evaluation-panel", text.evaluationPanel()),
                    "exam");
            out.add(panel);
            for (EvaluationStep step : EvaluationStep.values()) {
                Observation stepPanel = visit.observation(step.slug(), codes.finding("step-" + step.slug(),
                        step.number() + ". " + step.label()), "exam");
                stepFindings(visit, stepPanel, step, words, text);
                String notes = notes(evaluation, step);
                if (notes != null) {
                    stepPanel.addNote(new Annotation().setText(notes));
                }
                if (stepPanel.hasHasMember() || stepPanel.hasNote()) {
                    visit.member(panel, stepPanel);
                }
            }
            checklist(visit, panel, words);
            if (evaluation.painScore != null) {
                Observation pain = visit.observation("pain", Codes.concept(Codes.PAIN_0_10, words.painScore()), "survey");
                pain.setValue(new IntegerType(evaluation.painScore));
                visit.member(panel, pain);
            }
            for (Addendum addendum : record.addendaOf(evaluation)) {
                panel.addNote(new Annotation().setAuthor(new StringType(addendum.authorName))
                        .setTimeElement(Fhir.dateTime(addendum.createdAt)).setText(addendum.text));
            }
        }
    }

    private void stepFindings(Visit visit, Observation stepPanel, EvaluationStep step, EvaluationMessages words,
                              FhirMessages text) {
        Evaluation e = visit.evaluation;
        switch (step) {
            case RIBCAGE -> {
                visit.finding(stepPanel, "ribcage-alignment", words.ribcageAlignmentLabel(), choice(e.ribcage.alignment));
                visit.finding(stepPanel, "ribcage-side", words.ribcageSideLabel(),
                        e.ribcage.side == null ? null : Codes.laterality(e.ribcage.side));
            }
            case HIP -> {
                visit.range(stepPanel, "hip-extension", text.hipExtension(), e.hip.extensionLeft, e.hip.extensionRight);
                visit.range(stepPanel, "hip-internal-rotation", text.hipInternalRotation(), e.hip.internalRotationLeft,
                        e.hip.internalRotationRight);
                visit.range(stepPanel, "hip-external-rotation", text.hipExternalRotation(), e.hip.externalRotationLeft,
                        e.hip.externalRotationRight);
                visit.finding(stepPanel, "hip-motion", words.hipMotionLabel(), choice(e.hip.motion));
            }
            case FOOT_ANKLE -> {
                visit.range(stepPanel, "ankle-dorsiflexion", text.ankleDorsiflexion(), e.footAnkle.dorsiflexionLeft,
                        e.footAnkle.dorsiflexionRight);
                visit.finding(stepPanel, "midfoot-mobility", words.footAnkleMidfootMobilityLabel(),
                        choice(e.footAnkle.midfootMobility));
                visit.finding(stepPanel, "foot-posture", words.footAnkleFootPostureLabel(), choice(e.footAnkle.footPosture));
            }
            case KNEE_AXIS -> {
                visit.finding(stepPanel, "knee-off-axis", words.kneeAxisOffAxisLabel(), bool(e.kneeAxis.offAxis));
                visit.finding(stepPanel, "kneecap-tracking", words.kneeAxisTrackingLabel(), choice(e.kneeAxis.tracking));
                visit.finding(stepPanel, "manual-therapy", words.kneeAxisManualTherapyLabel(), bool(e.kneeAxis.manualTherapy));
            }
        }
    }

    /** The symptom checklist: every symptom on the list as present or absent, and the side, once assessed. */
    private void checklist(Visit visit, Observation panel, EvaluationMessages words) {
        Evaluation e = visit.evaluation;
        if (e.painScore == null && e.symptoms().isEmpty() && e.symptomSide == null) {
            return;
        }
        Observation checklist = visit.observation("symptoms", codes.finding("symptom-checklist", words.symptoms()),
                "survey");
        for (Symptom symptom : Symptom.values()) {
            checklist.addComponent().setCode(codes.choice(symptom)).setValue(new BooleanType(e.symptoms().contains(symptom)));
        }
        if (e.symptomSide != null) {
            checklist.addComponent().setCode(codes.finding("symptom-side", words.side()))
                    .setValue(Codes.laterality(e.symptomSide));
        }
        visit.member(panel, checklist);
    }

    private <E extends Enum<E> & Labelled> CodeableConcept choice(E value) {
        return value == null ? null : codes.choice(value);
    }

    private static BooleanType bool(Boolean value) {
        return value == null ? null : new BooleanType(value);
    }

    private static String notes(Evaluation e, EvaluationStep step) {
        return switch (step) {
            case RIBCAGE -> e.ribcage.notes;
            case HIP -> e.hip.notes;
            case FOOT_ANKLE -> e.footAnkle.notes;
            case KNEE_AXIS -> e.kneeAxis.notes;
        };
    }
}
