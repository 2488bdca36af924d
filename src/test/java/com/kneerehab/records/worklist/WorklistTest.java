package com.kneerehab.records.worklist;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.Records;
import com.kneerehab.records.alert.ClinicianAlert;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import com.kneerehab.records.portal.PortalFixtures;
import com.kneerehab.records.portal.WarningSymptom;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clinician's home page: who needs attention, most urgent first, with why, since when and a link. */
@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class WorklistTest {

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures fixtures;

    @Inject
    Records records;

    @Inject
    Worklist worklist;

    @BeforeEach
    void clean() {
        db.reset();
    }

    @Test
    void aClinicianLandsOnTheWorklistAfterSigningIn() {
        given().redirects().follow(false).when().get("/login").then().statusCode(303)
                .header("Location", containsString("/clinic/worklist"));
    }

    @Test
    void patientsAreListedMostUrgentFirstWithEveryReason() {
        PortalFixtures.Linked quiet = fixtures.patientWithPlan("Quiet");
        long inactivity = records.alert(quiet.patientId(), ClinicianAlert.Kind.NO_RECENT_SESSION);
        PortalFixtures.Linked review = fixtures.patientWithPlan("Review");
        records.reviewOverdue(review.planId());
        PortalFixtures.Linked warned = fixtures.patientWithPlan("Warned");
        long warning = records.warning(warned.patientId(), WarningSymptom.TINGLING_ARMS, "w1", "My arm tingles");
        long pain = records.alert(warned.patientId(), ClinicianAlert.Kind.HIGH_PAIN);
        PortalFixtures.Linked hurting = fixtures.patientWithPlan("Hurting");
        records.alert(hurting.patientId(), ClinicianAlert.Kind.RISING_PAIN);
        PortalFixtures.Linked drafted = fixtures.patientWithPlan("Drafted");
        long oldDraft = Fixtures.anEvaluation(drafted.patientId());
        records.startedDaysAgo(oldDraft, 2);
        PortalFixtures.Linked fresh = fixtures.patientWithPlan("Fresh");
        Fixtures.anEvaluation(fresh.patientId());
        PortalFixtures.Linked settled = fixtures.patientWithPlan("Settled");
        records.acknowledgedWarning(records.warning(settled.patientId(), WarningSymptom.UPSET_STOMACH, "w2", null));

        Worklist.Page page = worklist.load();
        List<String> order = page.entries().stream().map(e -> e.patient().familyName()).toList();
        assertEquals(List.of("Warned", "Hurting", "Quiet", "Review", "Drafted", "Fresh", "Settled"), order,
                "most urgent first; a fresh draft and an acknowledged report are not listed, so the last two are there"
                        + " only for the baseline outcome measure every evaluated patient still lacks");
        for (Worklist.Entry entry : page.entries().subList(5, 7)) {
            assertEquals(List.of(Reason.MEASURE_DUE), entry.items().stream().map(AttentionItem::reason).toList());
            assertTrue(entry.items().get(0).why().startsWith("No baseline outcome measure since the first evaluation"),
                    entry.items().get(0).why());
        }
        Worklist.Entry first = page.entries().get(0);
        assertEquals(List.of(Reason.WARNING_SYMPTOM, Reason.HIGH_PAIN, Reason.MEASURE_DUE),
                first.items().stream().map(AttentionItem::reason).toList(), "one line per patient, every reason on it");
        assertEquals("Numbness or tingling down the arms: “My arm tingles”", first.items().get(0).why());
        assertTrue(first.items().get(0).link().endsWith("/warnings/" + warning + "/acknowledgement"));
        assertTrue(first.items().get(1).link().endsWith("/alerts/" + pain + "/acknowledgement"));

        String html = given().accept("text/html").when().get("/clinic/worklist").then().statusCode(200)
                .extract().asString();
        assertTrue(html.contains("href=\"/clinic/patients/" + warned.patientId() + "\""));
        assertTrue(html.contains("/clinic/patients/" + quiet.patientId() + "/alerts/" + inactivity + "/acknowledgement"));
        assertTrue(html.contains("/clinic/plans/" + review.planId()));
        assertTrue(html.contains("/clinic/evaluations/" + oldDraft));
        assertTrue(html.contains("Plan review date passed"));
        assertTrue(html.contains("Pain rising over three sessions in a row: 3 → 8 of 10"), html);
        // six clinical items, a missing baseline for each of the seven, and Review's plan review without a review measure
        assertTrue(html.contains("14 items for 7 patients"), html);
        assertEquals(2, db.count("audit_entry", "action = 'worklist.read'"), "each read of the worklist is audited");
    }

    @Test
    void theNavigationCountsWhatIsOnTheWorklist() {
        PortalFixtures.Linked warned = fixtures.patientWithPlan("Warned");
        records.warning(warned.patientId(), WarningSymptom.TINGLING_ARMS, "w1", null);
        records.warning(warned.patientId(), WarningSymptom.UPSET_STOMACH, "w2", null);
        records.alert(warned.patientId(), ClinicianAlert.Kind.HIGH_PAIN);
        records.acknowledgedAlert(warned.patientId(), ClinicianAlert.Kind.HIGH_PAIN, Instant.now());
        given().accept("text/html").when().get("/clinic/exercises").then().statusCode(200)
                .body(containsString("<span class=\"badge\">4</span>")) // and the missing baseline measure
                .body(containsString("<span class=\"badge urgent\">2 warnings</span>"));
    }

    @Test
    void aRoutineCountStopsAtAHundredAndSaysThereIsMore() {
        PortalFixtures.Linked behind = fixtures.patientWithPlan("Behind");
        for (int i = 0; i < 101; i++) {
            records.alert(behind.patientId(), ClinicianAlert.Kind.RISING_PAIN);
        }
        String badge = given().accept("text/html").when().get("/clinic/exercises").then().statusCode(200)
                .extract().asString().replaceAll("(?s).*<span class=\"badge\">([^<]*)</span>.*", "$1");
        // a hundred alerts counted (of 101) and the missing baseline measure, and a sign that there are more
        assertEquals("101+", badge);
    }

    @Test
    void anEmptyWorklistSaysSo() {
        given().accept("text/html").when().get("/clinic/worklist").then().statusCode(200)
                .body(containsString("Nobody needs attention right now."))
                .body(not(containsString("class=\"badge")));
    }
}
