package com.kneerehab.records.fhir;

import com.kneerehab.records.platform.Side;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

import java.util.List;
import java.util.Locale;

/**
 * The code systems and the external codes the mapping uses. Every external code here is listed with its
 * source in docs/fhir.md; a concept without a code we are sure of is sent as text with the clinic's own code.
 */
final class Codes {

    private Codes() {
    }

    static final String LOINC = "http://loinc.org";
    static final String SNOMED = "http://snomed.info/sct";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";
    static final String PROVENANCE_PARTICIPANT = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
    static final String DATA_OPERATION = "http://terminology.hl7.org/CodeSystem/v3-DataOperation";
    static final String SIGNATURE_TYPE = "urn:iso-astm:E1762-95:2013";
    static final String SECURITY_SERVICE = "http://terminology.hl7.org/CodeSystem/restful-security-service";

    /** LOINC 72514-3: Pain severity - 0-10 verbal numeric rating [Score] - Reported. */
    static final Coding PAIN_0_10 = new Coding(LOINC, "72514-3",
            "Pain severity - 0-10 verbal numeric rating [Score] - Reported");

    /** SNOMED CT body structures: the knee region of each side. */
    static final Coding LEFT_KNEE = new Coding(SNOMED, "82169009", "Structure of left knee region");
    static final Coding RIGHT_KNEE = new Coding(SNOMED, "6757004", "Structure of right knee region");

    /** SNOMED CT laterality qualifiers. */
    static final Coding LEFT = new Coding(SNOMED, "7771000", "Left");
    static final Coding RIGHT = new Coding(SNOMED, "24028007", "Right");
    static final Coding LEFT_AND_RIGHT = new Coding(SNOMED, "51440002", "Right and left");

    static CodeableConcept concept(Coding coding, String text) {
        return new CodeableConcept().addCoding(coding.copy()).setText(text);
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display)).setText(display);
    }

    static CodeableConcept text(String text) {
        return new CodeableConcept().setText(text);
    }

    static CodeableConcept laterality(Side side) {
        return switch (side) {
            case LEFT -> concept(LEFT, side.label());
            case RIGHT -> concept(RIGHT, side.label());
            case BOTH -> concept(LEFT_AND_RIGHT, side.label());
        };
    }

    /** The knee of each side the condition concerns: one body site per knee. */
    static List<CodeableConcept> knees(Side side, FhirMessages text) {
        return switch (side) {
            case LEFT -> List.of(concept(LEFT_KNEE, text.leftKnee()));
            case RIGHT -> List.of(concept(RIGHT_KNEE, text.rightKnee()));
            case BOTH -> List.of(concept(LEFT_KNEE, text.leftKnee()), concept(RIGHT_KNEE, text.rightKnee()));
        };
    }

    /** The name of a clinic code system for an enum: FootPosture becomes {@code foot-posture}. */
    static String kebab(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
