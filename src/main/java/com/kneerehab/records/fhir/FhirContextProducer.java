package com.kneerehab.records.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The application's one FHIR context. Building one scans the model classes and is expensive (it is the
 * biggest part of the first FHIR request's time); it is thread-safe once built, so every parser comes
 * from this one.
 */
@ApplicationScoped
public class FhirContextProducer {

    @Produces
    @Singleton
    FhirContext fhirContext() {
        return FhirContext.forR4();
    }
}
