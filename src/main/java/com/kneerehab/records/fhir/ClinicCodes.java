package com.kneerehab.records.fhir;

import com.kneerehab.records.platform.Labelled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** The clinic's own code systems, under {@link FhirSettings#canonicalBase()}, for concepts without a checked external code. */
@ApplicationScoped
class ClinicCodes {

    /** What was observed or scored: the findings, the panels, the steps, session pain, outcome scores. */
    static final String FINDING = "finding";
    static final String EXERCISE = "exercise";

    @Inject
    FhirSettings settings;

    String system(String name) {
        return settings.canonicalBase() + "/CodeSystem/" + name;
    }

    String questionnaireUrl(String id) {
        return settings.canonicalBase() + "/Questionnaire/" + id;
    }

    Coding coding(String system, String code, String display) {
        return new Coding(system(system), code, display);
    }

    CodeableConcept finding(String code, String display) {
        return new CodeableConcept().addCoding(coding(FINDING, code, display)).setText(display);
    }

    /** A choice of the clinic's lists (an enum constant with its words) in the code system named after the enum. */
    <E extends Enum<E> & Labelled> CodeableConcept choice(E value) {
        String system = Codes.kebab(value.getDeclaringClass().getSimpleName());
        return new CodeableConcept().addCoding(coding(system, value.name(), value.label())).setText(value.label());
    }
}
