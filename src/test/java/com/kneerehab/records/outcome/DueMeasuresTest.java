package com.kneerehab.records.outcome;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Which patients have a measure due, why and since when: a baseline missing after the first evaluation, a
 * measure assigned and not answered by its due date, a plan whose review date has come without a review
 * measure. One statement, however many patients and measures the clinic has.
 */
@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class DueMeasuresTest {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    OutcomeService outcomes;

    @Inject
    TestDatabase db;

    @Inject
    EntityManagerFactory emf;

    @BeforeEach
    void clean() {
        db.reset();
    }

    @Test
    void aPatientEvaluatedWithoutABaselineMeasureIsDueSinceTheFirstVisit() {
        long patient = Fixtures.aPatient("Bea", "Baseline");
        evaluationOn(patient, TODAY.minusDays(12));
        evaluationOn(patient, TODAY.minusDays(3));
        Fixtures.aPatient("Never", "Seen");

        List<DueMeasure> due = outcomes.due(50);
        assertEquals(1, due.size(), due.toString());
        DueMeasure row = due.get(0);
        assertEquals(patient, row.patientId());
        assertEquals(DueMeasure.Reason.BASELINE_MISSING, row.reason());
        assertEquals(TODAY.minusDays(12), row.since(), "since the first evaluation");
        assertEquals("Bea", row.givenName());
        assertEquals(null, row.measureId());
    }

    @Test
    void aMeasureAssignedAndNotAnsweredIsDueFromItsDueDateUntilItIsSubmitted() {
        long patient = Fixtures.aPatient("Otto", "Open");
        evaluationOn(patient, TODAY.minusDays(1));
        long lefs = assign(patient, "LEFS", "BASELINE", TODAY);
        assign(patient, "KUJALA", "BASELINE", TODAY.plusDays(7));

        List<DueMeasure> due = outcomes.due(50);
        assertEquals(1, due.size(), "a baseline assigned is no longer missing; one due later is not due yet: " + due);
        assertEquals(DueMeasure.Reason.NOT_ANSWERED, due.get(0).reason());
        assertEquals(lefs, due.get(0).measureId());
        assertEquals(Instrument.LEFS, due.get(0).instrument());
        assertEquals(Occasion.BASELINE, due.get(0).occasion());
        assertEquals(TODAY, due.get(0).since());

        given().contentType(ContentType.JSON).body(Map.of("answers", OutcomeFixtures.lefs41()))
                .when().post("/api/v1/measures/{id}/responses", lefs).then().statusCode(201);
        assertEquals(List.of(), outcomes.due(50), "answered, nothing is due");
    }

    @Test
    void aPlanPastItsReviewDateIsDueUntilAReviewMeasureIsAssigned() {
        long patient = Fixtures.aPatient("Rita", "Review");
        long evaluation = Fixtures.aSignedEvaluation(patient);
        long baseline = assign(patient, "NPRS", "BASELINE", TODAY);
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("item", "pain", "value", 6))))
                .when().post("/api/v1/measures/{id}/responses", baseline).then().statusCode(201);
        Map<String, Object> plan = Fixtures.planJson(patient, evaluation, null, List.of(Fixtures.item(1, 2, 10)));
        plan.put("startDate", TODAY.minusWeeks(6).toString());
        plan.put("reviewDate", TODAY.minusDays(2).toString());
        given().contentType(ContentType.JSON).body(plan).when().post("/api/v1/plans").then().statusCode(201);

        List<DueMeasure> due = outcomes.due(50);
        assertEquals(1, due.size(), due.toString());
        assertEquals(DueMeasure.Reason.REVIEW_DUE, due.get(0).reason());
        assertEquals(TODAY.minusDays(2), due.get(0).since(), "since the review date");

        long review = assign(patient, "NPRS", "REVIEW", TODAY);
        due = outcomes.due(50);
        assertEquals(1, due.size(), "the review measure assigned replaces the plan's reminder: " + due);
        assertEquals(DueMeasure.Reason.NOT_ANSWERED, due.get(0).reason());
        assertEquals(review, due.get(0).measureId());
    }

    @Test
    void theListIsOldestFirstAndLimited() {
        long recent = Fixtures.aPatient("Recent", "Visit");
        evaluationOn(recent, TODAY.minusDays(1));
        long old = Fixtures.aPatient("Old", "Visit");
        evaluationOn(old, TODAY.minusDays(30));
        List<DueMeasure> due = outcomes.due(50);
        assertEquals(List.of(old, recent), due.stream().map(DueMeasure::patientId).toList());
        assertEquals(List.of(old), outcomes.due(1).stream().map(DueMeasure::patientId).toList());
    }

    @Test
    void theListTakesOneStatementHoweverLargeTheClinic() {
        long first = Fixtures.aPatient("First", "Patient");
        evaluationOn(first, TODAY.minusDays(4));
        assign(first, "LEFS", "BASELINE", TODAY);
        long small = statements();

        for (int i = 0; i < 6; i++) {
            long p = Fixtures.aPatient("More" + i, "Patients");
            evaluationOn(p, TODAY.minusDays(i));
            if (i % 2 == 0) {
                assign(p, "KUJALA", "BASELINE", TODAY);
                assign(p, "NPRS", "REVIEW", TODAY);
            }
        }
        // the first LEFS, three baselines missing, and three Kujala and three NPRS not answered
        assertEquals(10, outcomes.due(100).size(), "the grown clinic has more due");
        assertEquals(small, statements());
        assertEquals(1, small);
    }

    @Test
    @TestSecurity(user = "pat", roles = Roles.PATIENT)
    void onlyCliniciansMayAsk() {
        DomainException refused = assertThrows(DomainException.class, () -> outcomes.due(5));
        assertEquals(403, refused.status());
    }

    private long statements() {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        outcomes.due(100);
        return stats.getPrepareStatementCount();
    }

    private static void evaluationOn(long patient, LocalDate visit) {
        given().contentType(ContentType.JSON).body(Map.of("patientId", patient, "visitDate", visit.toString()))
                .when().post("/api/v1/evaluations").then().statusCode(201);
    }

    private static long assign(long patient, String instrument, String occasion, LocalDate due) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("patientId", patient, "instrument", instrument, "occasion", occasion,
                        "dueDate", due.toString()))
                .when().post("/api/v1/measures").then().statusCode(201)
                .extract().jsonPath().getLong("measure.id");
    }
}
