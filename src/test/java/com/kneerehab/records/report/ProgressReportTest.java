package com.kneerehab.records.report;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class ProgressReportTest {

    @Inject
    TestDatabase db;

    @Inject
    ReportFixtures fixtures;

    ReportFixtures.Charted charted;

    @BeforeEach
    void setUp() {
        db.reset();
        charted = fixtures.charted("Ada", "Runner");
    }

    @Test
    void draftsFromTheRecordWithPrimarySourceFirstAndTheScoreChange() {
        long id = ReportFixtures.draft(charted.patientId());
        given().when().get("/api/v1/reports/{id}", id).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("referralReason", equalTo("Knee pain on downhill runs."))
                .body("drafted.recipient.name", equalTo("Dr Imogen Hart"))
                .body("drafted.recipient.address", contains("12 Mill Lane", "Leeds LS1 4AB"))
                .body("drafted.findings.evaluationId", equalTo((int) charted.evaluationId()))
                .body("drafted.findings.ribcage.alignment", equalTo("FLARED"))
                .body("drafted.findings.hip.extensionLeft", equalTo(10))
                .body("drafted.findings.kneeAxis.tracking", equalTo("LATERAL"))
                .body("drafted.findings.painSources", contains("KNEECAP", "FAT_PAD"))
                .body("drafted.plan.exercises", hasSize(2))
                .body("drafted.trend.painLogs", equalTo(4))
                .body("drafted.trend.direction", equalTo("FALLING"))
                .body("drafted.outcomes[0].name", equalTo("LEFS"))
                .body("drafted.outcomes[0].verdict", equalTo("IMPROVED"))
                .body("drafted.outcomes[0].summary", containsString("+14"));
        assertEquals(1, db.count("audit_entry", "action = 'report.create' AND patient_id = " + charted.patientId()));
    }

    @Test
    void signsOnlyWhenTheClinicianHasWrittenTheirPartsThenIsReadOnly() {
        long id = ReportFixtures.draft(charted.patientId());
        given().contentType(ContentType.JSON).body(Map.of("version", ReportFixtures.version(id)))
                .when().post("/api/v1/reports/{id}/signature", id)
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("assessment", "nextSteps"));
        Map<String, Object> texts = new HashMap<>();
        texts.put("referralReason", "Knee pain on downhill runs.");
        texts.put("assessment", "Settling.");
        texts.put("nextSteps", "Four more weeks.");
        texts.put("version", ReportFixtures.version(id));
        given().contentType(ContentType.JSON).body(texts).when().put("/api/v1/reports/{id}", id)
                .then().statusCode(200).body("assessment", equalTo("Settling."));
        given().contentType(ContentType.JSON).body(Map.of("version", ReportFixtures.version(id)))
                .when().post("/api/v1/reports/{id}/signature", id)
                .then().statusCode(200).body("status", equalTo("SIGNED"))
                .body("signedBy", equalTo("clinician")).body("contentHash", matchesPattern("[0-9a-f]{64}"));
        texts.put("version", ReportFixtures.version(id));
        given().contentType(ContentType.JSON).body(texts).when().put("/api/v1/reports/{id}", id)
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("version", ReportFixtures.version(id)))
                .when().post("/api/v1/reports/{id}/redraft", id).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("text", "LEFS retaken at 58.", "reason", "Late result"))
                .when().post("/api/v1/reports/{id}/addenda", id)
                .then().statusCode(200).body("addenda", hasSize(1)).body("addenda[0].reason", equalTo("Late result"));
    }

    @Test
    void recordsWhenHowAndToWhomASignedReportWasSent() {
        long draft = ReportFixtures.draft(charted.patientId());
        Map<String, Object> sending = new HashMap<>(Map.of("sentOn", LocalDate.now().toString(), "method", "FAX"));
        given().contentType(ContentType.JSON).body(sending).when().post("/api/v1/reports/{id}/sendings", draft)
                .then().statusCode(409);
        long id = signedFromDraft(draft);
        given().contentType(ContentType.JSON).body(sending).when().post("/api/v1/reports/{id}/sendings", id)
                .then().statusCode(200)
                .body("sendings[0].method", equalTo("FAX"))
                .body("sendings[0].recipient", equalTo("Dr Imogen Hart, Riverside Sports Medicine"))
                .body("sendings[0].recordedBy", equalTo("clinician"));
        sending.put("sentOn", LocalDate.now().plusDays(1).toString());
        given().contentType(ContentType.JSON).body(sending).when().post("/api/v1/reports/{id}/sendings", id)
                .then().statusCode(400).body("errors.field", contains("sentOn"));
        given().contentType(ContentType.JSON).body(Map.of("sentOn", LocalDate.now().toString()))
                .when().post("/api/v1/reports/{id}/sendings", id)
                .then().statusCode(400).body("errors.field", contains("method"));
        given().when().get("/api/v1/reports?patientId={p}", charted.patientId()).then().statusCode(200)
                .body("[0].lastSentOn", equalTo(LocalDate.now().toString()));
        assertEquals(1, db.count("audit_entry", "action = 'report.send' AND record_id = " + id));
    }

    @Test
    void anotherCliniciansDraftCannotBeChangedOrSigned() {
        long id = ReportFixtures.draft(charted.patientId());
        fixtures.draftedBy(id, "someone-else", "Dr Other");
        given().contentType(ContentType.JSON).body(Map.of("version", ReportFixtures.version(id)))
                .when().post("/api/v1/reports/{id}/signature", id).then().statusCode(403);
        assertEquals(1, db.count("audit_entry", "action = 'report.edit' AND outcome = 'DENIED'"));
        given().accept("text/html").when().get("/clinic/reports/{id}", id).then().statusCode(200)
                .body(containsString("only they can change or sign it"))
                .body(org.hamcrest.Matchers.not(containsString("action=\"/clinic/reports/" + id + "/sign\"")));
    }

    @Test
    void oneOpenDraftPerPatient() {
        ReportFixtures.draft(charted.patientId());
        given().contentType(ContentType.JSON).body(Map.of("patientId", charted.patientId()))
                .when().post("/api/v1/reports").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("patientId", 999999))
                .when().post("/api/v1/reports").then().statusCode(404);
    }

    @Test
    void dueEveryTenVisitsOrThirtyDaysWhicheverFirst() {
        given().when().get("/api/v1/reports/due").then().statusCode(200).body("patientId", hasSize(0));
        for (int i = 0; i < 9; i++) {
            Fixtures.anEvaluation(charted.patientId());
        }
        given().when().get("/api/v1/reports/due").then().statusCode(200)
                .body("patientId", contains((int) charted.patientId()))
                .body("[0].visitsSince", equalTo(10))
                .body("[0].dueSince", equalTo(LocalDate.now().toString()))
                .body("[0].lastReport", nullValue());
        ReportFixtures.signed(charted.patientId());
        given().when().get("/api/v1/reports/due").then().statusCode(200).body("patientId", hasSize(0));
    }

    @Test
    void thePdfCarriesTheNameThePainSourcesAndTheChangeAndIsTagged() {
        long id = ReportFixtures.signed(charted.patientId());
        byte[] pdf = given().accept("application/pdf").when().get("/clinic/reports/{id}/pdf", id)
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment"))
                .header("Cache-Control", containsString("no-store"))
                .extract().asByteArray();
        String text = Pdfs.text(pdf);
        assertTrue(text.contains("Ada Runner"), text);
        assertTrue(text.contains("Kneecap (patellofemoral)"), text);
        assertTrue(text.indexOf("Kneecap (patellofemoral)") < text.indexOf("Fat pad"), "primary source first: " + text);
        assertTrue(text.contains("+14"), text);
        assertTrue(text.contains("Dr Imogen Hart"), text);
        assertTrue(text.indexOf("Ribcage alignment") < text.indexOf("Hip extension and rotation")
                && text.indexOf("Hip extension and rotation") < text.indexOf("Foot and ankle")
                && text.indexOf("Foot and ankle") < text.indexOf("Knee axis"), "top-down order: " + text);
        assertTrue(text.contains("Kneecap pain settling as hip control improves."), text);
        Pdfs.assertAccessible(pdf, "en", "Progress report");
        List<String> pages = Pdfs.pages(pdf);
        for (String page : pages) {
            assertTrue(page.contains("Knee Rehab Clinic") && page.contains("Ada Runner"), "header on every page: " + page);
            assertTrue(page.contains("Page " + (pages.indexOf(page) + 1) + " of " + pages.size()), page);
        }
        Pdfs.screenshot(pdf, "pdf-progress-report");
        assertEquals(1, db.count("audit_entry", "action = 'report.download' AND record_id = " + id));
    }

    @Test
    void theClinicianPrintsThePlanAndItsHandout() {
        byte[] handout = given().accept("application/pdf")
                .when().get("/clinic/documents/plans/{id}/handout", charted.planId())
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text = Pdfs.text(handout);
        assertTrue(text.contains("Before you exercise"), text);
        assertTrue(text.contains("Keep it pain-free."), text);
        Pdfs.assertAccessible(handout, "en", "Exercise handout");
        Pdfs.screenshot(handout, "pdf-exercise-handout");
        byte[] plan = given().accept("application/pdf")
                .when().get("/clinic/documents/plans/{id}/plan", charted.planId())
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String planText = Pdfs.text(plan);
        assertTrue(planText.contains("Plan 1") && planText.contains("Run 5 km without pain."), planText);
        Pdfs.assertAccessible(plan, "en", "Plan 1");
        Pdfs.screenshot(plan, "pdf-plan");
        assertEquals(1, db.count("audit_entry", "action = 'plan.handout.download' AND record_id = " + charted.planId()));
        assertEquals(1, db.count("audit_entry", "action = 'plan.download' AND record_id = " + charted.planId()));
        given().accept("application/pdf").when().get("/clinic/documents/plans/{id}/plan", 999999)
                .then().statusCode(404);
    }

    private long signedFromDraft(long id) {
        Map<String, Object> texts = new HashMap<>();
        texts.put("referralReason", "Knee pain on downhill runs.");
        texts.put("assessment", "Settling.");
        texts.put("nextSteps", "Four more weeks.");
        texts.put("version", ReportFixtures.version(id));
        given().contentType(ContentType.JSON).body(texts).when().put("/api/v1/reports/{id}", id)
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("version", ReportFixtures.version(id)))
                .when().post("/api/v1/reports/{id}/signature", id).then().statusCode(200);
        return id;
    }
}
