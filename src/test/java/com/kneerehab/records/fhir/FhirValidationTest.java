package com.kneerehab.records.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything the FHIR API serves is valid FHIR R4: HAPI's FhirInstanceValidator, with the core structure
 * definitions of HAPI's R4 validation resources, finds no error in the CapabilityStatement, in a read and a
 * search of every served type, or in the whole record ({@code $everything}) of a patient with several visits,
 * plans and sessions. The warnings it gives are written to {@code target/fhir-validation-warnings.txt}; each
 * kind is explained in docs/fhir.md.
 */
@QuarkusTest
class FhirValidationTest {

    private static FhirValidator validator;

    @Inject
    FhirContext context;

    @Inject
    TestDatabase db;

    @Inject
    FhirFixtures fixtures;

    private final List<String> errors = new ArrayList<>();
    private final Set<String> warnings = new TreeSet<>();

    @BeforeEach
    void clean() {
        db.reset();
    }

    private FhirValidator validator() {
        if (validator == null) {
            ValidationSupportChain chain = new ValidationSupportChain(
                    new DefaultProfileValidationSupport(context),
                    new CommonCodeSystemsTerminologyService(context),
                    new InMemoryTerminologyServerValidationSupport(context),
                    new SnapshotGeneratingValidationSupport(context),
                    unknownCodeSystemsWarn());
            validator = context.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
        }
        return validator;
    }

    /** SNOMED CT, LOINC and the clinic's own code systems cannot be checked without a terminology server. */
    private UnknownCodeSystemWarningValidationSupport unknownCodeSystemsWarn() {
        UnknownCodeSystemWarningValidationSupport warn = new UnknownCodeSystemWarningValidationSupport(context);
        warn.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
        return warn;
    }

    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
    void everyServedResourceAndTheWholeRecordAreValidR4() throws IOException {
        FhirFixtures.Grown grown = fixtures.grownRecord("pat", "Valid");

        validate("CapabilityStatement", get("/fhir/r4/metadata"));
        String everything = get("/fhir/r4/Patient/" + grown.patientId() + "/$everything");
        validate("$everything", everything);

        Bundle record = context.newJsonParser().parseResource(Bundle.class, everything);
        Map<String, List<String>> idsByType = new LinkedHashMap<>();
        for (Bundle.BundleEntryComponent entry : record.getEntry()) {
            Resource resource = entry.getResource();
            idsByType.computeIfAbsent(resource.fhirType(), t -> new ArrayList<>()).add(resource.getIdElement().getIdPart());
        }
        String mrn = record.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r instanceof org.hl7.fhir.r4.model.Patient)
                .map(r -> ((org.hl7.fhir.r4.model.Patient) r).getIdentifierFirstRep().getValue()).findFirst().orElseThrow();
        Set<String> served = Arrays.stream(ServedType.values()).map(t -> t.type).collect(Collectors.toSet());
        assertEquals(served, idsByType.keySet(), "the whole record holds every served type");

        for (Map.Entry<String, List<String>> type : idsByType.entrySet()) {
            for (String id : type.getValue()) {
                validate(type.getKey() + "/" + id, get("/fhir/r4/" + type.getKey() + "/" + id));
            }
            String search = type.getKey().equals("Patient") ? "?identifier=" + mrn
                    : type.getKey().equals("Questionnaire") ? "" : "?patient=Patient/" + grown.patientId() + "&_count=5";
            validate(type.getKey() + search, get("/fhir/r4/" + type.getKey() + search));
        }
        validate("XML", given().accept("application/fhir+xml").when()
                .get("/fhir/r4/Encounter/eval-" + grown.secondEvaluation())
                .then().statusCode(200).contentType("application/fhir+xml").extract().asString());

        Path report = Path.of("target/fhir-validation-warnings.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, warnings);
        assertEquals(List.of(), errors, "errors of the FHIR R4 validator");
        assertTrue(record.getEntry().size() > 60, "the grown record is mapped whole: " + record.getEntry().size());
    }

    private static String get(String path) {
        return given().urlEncodingEnabled(!path.contains("$")).accept("application/fhir+json").when().get(path)
                .then().statusCode(200).contentType("application/fhir+json").extract().asString();
    }

    private void validate(String what, String body) {
        ValidationResult result = validator().validateWithResult(body);
        for (SingleValidationMessage message : result.getMessages()) {
            String line = message.getSeverity() + " " + message.getLocationString() + ": " + message.getMessage();
            if (message.getSeverity() == ResultSeverityEnum.ERROR || message.getSeverity() == ResultSeverityEnum.FATAL) {
                errors.add(what + " " + line);
            } else if (message.getSeverity() == ResultSeverityEnum.WARNING) {
                // the same warning on each resource of a kind is listed once, without its position
                warnings.add(message.getMessage().replaceAll("\\b(eval|plan|prescription|session|measure|addendum)-[0-9][a-z0-9-]*", "$1-…")
                        .replaceAll("Patient/[0-9]+", "Patient/…"));
            }
        }
    }
}
