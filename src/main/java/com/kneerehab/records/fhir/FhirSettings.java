package com.kneerehab.records.fhir;

import io.smallrye.config.ConfigMapping;

/** Where the clinic's identifiers and codes live: the URIs that other systems see in every resource. */
@ConfigMapping(prefix = "knee-rehab.fhir")
public interface FhirSettings {

    /** The identifier system of the clinic's medical record numbers (Patient.identifier.system). */
    String mrnSystem();

    /**
     * The root of the clinic's own canonical URLs: its code systems ({@code <root>/CodeSystem/...}) and
     * questionnaires ({@code <root>/Questionnaire/...}).
     */
    String canonicalBase();
}
