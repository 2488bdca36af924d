package com.kneerehab.records.fhir;

import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import com.kneerehab.records.portal.PortalFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A patient's whole record in one Bundle, read in the same number of statements however much it holds, and
 * the patient's own copy of it from the portal: a JSON file to download and a page to read, both audited.
 */
@QuarkusTest
class FhirEverythingTest {

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures portal;

    @Inject
    FhirFixtures fixtures;

    @Inject
    EntityManagerFactory emf;

    @BeforeEach
    void clean() {
        db.reset();
    }

    private long statements(String path) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        given().urlEncodingEnabled(!path.contains("$")).accept("application/fhir+json").when().get(path)
                .then().statusCode(200);
        return stats.getPrepareStatementCount();
    }

    /**
     * The patient, then one statement each for evaluations, addenda, plans with their exercises, session logs
     * and outcome responses with their answers: six, for one visit or many (the audit entry is written apart
     * from Hibernate, as every read's is).
     */
    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
    void everythingTakesTheSameStatementsForASmallAndAGrownRecord() {
        long small = portal.patientWithPlan("Small").patientId();
        long grown = fixtures.grownRecord("grown", "Grown").patientId();
        long forSmall = statements("/fhir/r4/Patient/" + small + "/$everything");
        assertEquals(forSmall, statements("/fhir/r4/Patient/" + grown + "/$everything"));
        assertEquals(6, forSmall, "the patient and one statement for each of the five parts of the record");
    }

    @Test
    @TestSecurity(user = "pat", roles = Roles.PATIENT)
    void aPatientDownloadsTheirRecordAsAFhirBundle() {
        FhirFixtures.Grown mine = fixtures.grownRecord("pat", "Mine");
        long before = db.count("audit_entry", "action = 'portal.record.download'");
        given().when().get("/portal/record/download").then().statusCode(200)
                .contentType("application/fhir+json")
                .header("Content-Disposition", containsString("attachment; filename=\"record-KR"))
                .body("resourceType", equalTo("Bundle"))
                .body("entry.size()", greaterThan(60))
                .body("entry[0].resource.id", equalTo(String.valueOf(mine.patientId())));
        assertEquals(before + 1, db.count("audit_entry", "action = 'portal.record.download' and patient_id = "
                + mine.patientId()));
    }

    @Test
    @TestSecurity(user = "pat", roles = Roles.PATIENT)
    void aPatientReadsTheirRecordAsAPage() {
        fixtures.grownRecord("pat", "Mine");
        String page = given().accept("text/html").when().get("/portal/record").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("Patellar tendinopathy with fat pad irritation"), page);
        assertTrue(page.contains("href=\"/portal/record/download\""), page);
        assertTrue(page.contains("LEFS score"), page);
        assertEquals(1, db.count("audit_entry", "action = 'portal.record.read'"));
    }
}
