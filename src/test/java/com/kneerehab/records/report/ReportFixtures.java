package com.kneerehab.records.report;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.Records;
import com.kneerehab.records.outcome.Instrument;
import com.kneerehab.records.outcome.Occasion;
import com.kneerehab.records.outcome.OutcomeFixtures;
import com.kneerehab.records.outcome.Scoring;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;

/** A patient with everything a progress report draws on: referrer, signed evaluation, plan, sessions, LEFS twice. */
@ApplicationScoped
public class ReportFixtures {

    public record Charted(long patientId, long evaluationId, long planId) {
    }

    @Inject
    Records records;

    @Inject
    OutcomeFixtures outcomes;

    @Inject
    ReportRepository reports;

    public static Map<String, Object> referrer() {
        Map<String, Object> referrer = new HashMap<>();
        referrer.put("name", "Dr Imogen Hart");
        referrer.put("practice", "Riverside Sports Medicine");
        referrer.put("address", "12 Mill Lane\nLeeds LS1 4AB");
        referrer.put("fax", "+44 113 496 0000");
        referrer.put("email", "referrals@riverside.example.org");
        return referrer;
    }

    /** Through the API as a clinician: call from a test signed in as one. */
    public Charted charted(String given, String family) {
        Map<String, Object> body = Fixtures.patientJson(given, family);
        body.put("referrer", referrer());
        long patient = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/patients")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long evaluation = Fixtures.aSignedEvaluation(patient);
        long plan = Fixtures.aPlan(patient, evaluation);
        LocalDate today = LocalDate.now();
        records.session(patient, plan, today.minusDays(6), 6, 6, "r1-" + patient);
        records.session(patient, plan, today.minusDays(5), 6, 5, "r2-" + patient);
        records.session(patient, plan, today.minusDays(3), 4, 3, "r3-" + patient);
        records.session(patient, plan, today.minusDays(1), 3, 2, "r4-" + patient);
        outcomes.taken(patient, Instrument.LEFS, Occasion.BASELINE, "41", answers(20));
        outcomes.taken(patient, Instrument.LEFS, Occasion.REVIEW, "55", answers(20));
        return new Charted(patient, evaluation, plan);
    }

    public static long draft(long patientId) {
        return given().contentType(ContentType.JSON).body(Map.of("patientId", patientId))
                .when().post("/api/v1/reports")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static int version(long reportId) {
        return given().when().get("/api/v1/reports/{id}", reportId).then().statusCode(200)
                .extract().jsonPath().getInt("version");
    }

    /** Writes the clinician's parts and signs. */
    public static long signed(long patientId) {
        long id = draft(patientId);
        Map<String, Object> texts = new HashMap<>();
        texts.put("referralReason", "Anterior knee pain on downhill runs for four months.");
        texts.put("assessment", "Kneecap pain settling as hip control improves.");
        texts.put("nextSteps", "Continue the plan for four weeks, then return to running.");
        texts.put("version", version(id));
        given().contentType(ContentType.JSON).body(texts).when().put("/api/v1/reports/{id}", id)
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("version", version(id)))
                .when().post("/api/v1/reports/{id}/signature", id).then().statusCode(200);
        return id;
    }

    /** Makes the report another clinician's draft. */
    @Transactional
    public void draftedBy(long reportId, String subject, String name) {
        ProgressReport report = reports.findById(reportId);
        report.clinicianSubject = subject;
        report.clinicianName = name;
    }

    private static List<Scoring.Answer> answers(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> Scoring.Answer.of("q" + i, 2)).toList();
    }
}
