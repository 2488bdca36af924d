package com.kneerehab.records.fhir;

import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import com.kneerehab.records.portal.PortalFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who reads what through the FHIR API: a patient their own record only (another patient's ids answer 404,
 * on reads, searches and $everything, and are audited as denied), a clinician every record, an admin none
 * (403), an anonymous caller nothing but the CapabilityStatement (401 with problem details).
 */
@QuarkusTest
class FhirAccessTest {

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures portal;

    PortalFixtures.Linked mine;
    PortalFixtures.Linked theirs;

    @BeforeEach
    void records() {
        db.reset();
        mine = portal.patientWithPlan("pat", "Mine");
        theirs = portal.patientWithPlan("other", "Theirs");
    }

    private List<String> reads(PortalFixtures.Linked who) {
        return List.of("/fhir/r4/Patient/" + who.patientId(),
                "/fhir/r4/Encounter/eval-" + who.evaluationId(),
                "/fhir/r4/Condition/eval-" + who.evaluationId() + "-kneecap",
                "/fhir/r4/Observation/eval-" + who.evaluationId() + "-panel",
                "/fhir/r4/CarePlan/plan-" + who.planId(),
                "/fhir/r4/Provenance/eval-" + who.evaluationId() + "-signature",
                "/fhir/r4/Patient/" + who.patientId() + "/$everything");
    }

    /** A request as FHIR clients send it: the {@code $} of an operation as it is, not percent-encoded. */
    private static ValidatableResponse get(String path) {
        return given().urlEncodingEnabled(!path.contains("$")).accept("application/fhir+json").when().get(path).then();
    }

    @Test
    @TestSecurity(user = "pat", roles = Roles.PATIENT)
    void aPatientReadsTheirOwnRecordOnly() {
        for (String own : reads(mine)) {
            get(own).statusCode(200).contentType("application/fhir+json");
        }
        for (String others : reads(theirs)) {
            get(others).statusCode(404).body("resourceType", equalTo("OperationOutcome"))
                    .body("issue[0].code", equalTo("not-found"));
        }
        assertEquals(reads(theirs).size(), db.count("audit_entry",
                "outcome = 'DENIED' and patient_id = " + theirs.patientId() + " and action like 'fhir.%'"));
    }

    @Test
    @TestSecurity(user = "pat", roles = Roles.PATIENT)
    void aPatientsSearchesFindOnlyTheirOwnRecord() {
        get("/fhir/r4/Encounter").statusCode(200).body("total", equalTo(1))
                .body("entry.resource.subject.reference", everyItem(equalTo("Patient/" + mine.patientId())));
        get("/fhir/r4/Observation?patient=Patient/" + mine.patientId()).statusCode(200)
                .body("entry.resource.subject.reference", everyItem(equalTo("Patient/" + mine.patientId())));
        get("/fhir/r4/Observation?patient=Patient/" + theirs.patientId()).statusCode(404);
        get("/fhir/r4/CarePlan?patient=" + theirs.patientId()).statusCode(404);
        get("/fhir/r4/Patient").statusCode(200).body("total", equalTo(1))
                .body("entry[0].resource.id", equalTo(String.valueOf(mine.patientId())));
        get("/fhir/r4/Patient?name=Theirs").statusCode(200).body("total", equalTo(0));
        get("/fhir/r4/Patient?_id=" + theirs.patientId()).statusCode(200).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
    void aClinicianReadsEveryRecordAndEachReadIsAudited() {
        long before = db.count("audit_entry", "action like 'fhir.%'");
        for (String path : reads(mine)) {
            get(path).statusCode(200);
        }
        for (String path : reads(theirs)) {
            get(path).statusCode(200);
        }
        assertEquals(before + 2L * reads(mine).size(), db.count("audit_entry",
                "action like 'fhir.%' and outcome = 'SUCCESS'"));
        get("/fhir/r4/Patient?name=pat").statusCode(200).body("total", equalTo(2));
        get("/fhir/r4/Encounter?patient=Patient/" + theirs.patientId()).statusCode(200).body("total", equalTo(1));
        get("/fhir/r4/Observation").statusCode(400).body("resourceType", equalTo("OperationOutcome"));
        get("/fhir/r4/Observation?patient=" + mine.patientId() + "&colour=blue").statusCode(400);
        get("/fhir/r4/Encounter/eval-999999").statusCode(404);
        get("/fhir/r4/Encounter/not-an-id").statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void anAdminReadsNoRecord() {
        for (String path : reads(mine)) {
            get(path).statusCode(403);
        }
        get("/fhir/r4/Encounter?patient=" + mine.patientId()).statusCode(403);
        get("/fhir/r4/Patient").statusCode(403);
    }

    @Test
    void anAnonymousCallerIsAskedToSignInButMayReadTheCapabilityStatement() {
        for (String path : reads(mine)) {
            get(path).statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"));
        }
        get("/fhir/r4/Observation?patient=" + mine.patientId()).statusCode(401);
        get("/fhir/r4/metadata").statusCode(200).body("resourceType", equalTo("CapabilityStatement"))
                .body("rest[0].resource.type", hasItem("Observation"))
                .body("rest[0].resource.type", not(hasItem("Medication")));
    }

    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
    void searchesArePagedAndCanBeCounted() {
        String observations = "/fhir/r4/Observation?patient=Patient/" + mine.patientId();
        int total = get(observations).statusCode(200).extract().path("total");
        get(observations + "&_count=2").statusCode(200).body("entry.size()", equalTo(2))
                .body("link.find { it.relation == 'next' }.url", containsString("_offset=2"));
        get(observations + "&_count=2&_offset=2").statusCode(200)
                .body("link.find { it.relation == 'previous' }.url", containsString("_offset=0"));
        get(observations + "&_summary=count").statusCode(200).body("total", equalTo(total))
                .body("entry", equalTo(null));
        get(observations + "&code=http://loinc.org|72514-3").statusCode(200).body("total", equalTo(1));
        given().when().get(observations + "&_format=xml").then().statusCode(200)
                .contentType("application/fhir+xml");
        given().when().get(observations + "&_format=text/csv").then().statusCode(406);
    }
}
