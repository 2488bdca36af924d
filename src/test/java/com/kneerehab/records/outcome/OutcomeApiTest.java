package com.kneerehab.records.outcome;

import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.kneerehab.records.outcome.OutcomeFixtures.lefs41;
import static com.kneerehab.records.outcome.OutcomeFixtures.lefs55;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Outcome measures through the API: the clinician assigns, records on the patient's behalf, corrects and
 * reads the change; the patient "pat" answers their own measures and nobody else's.
 */
@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class OutcomeApiTest {

    @Inject
    TestDatabase db;

    @Inject
    OutcomeFixtures fixtures;

    long mine;
    long theirs;

    @BeforeEach
    void setUp() {
        db.reset();
        mine = fixtures.linkedPatient("pat", "Mine");
        theirs = fixtures.linkedPatient("other", "Theirs");
    }

    // --- clinician ---

    @Test
    void clinicianAssignsAMeasureWithItsForm() {
        var created = given().contentType(ContentType.JSON)
                .body(Map.of("patientId", mine, "instrument", "LEFS", "occasion", "BASELINE"))
                .when().post("/api/v1/measures")
                .then().statusCode(201)
                .body("measure.status", equalTo("OPEN"))
                .body("measure.name", equalTo("LEFS"))
                .body("form.max", equalTo(80))
                .body("form.threshold", equalTo(9))
                .body("form.items", hasSize(20))
                .body("form.items[12].text", equalTo("Going up or down 10 stairs (about 1 flight of stairs)."))
                .body("form.items[0].options[4].label", equalTo("No difficulty"))
                .body("form.items[0].options[4].value", equalTo(4))
                .extract();
        long id = created.jsonPath().getLong("measure.id");
        assertEquals(String.valueOf(id), db.single("SELECT id FROM outcome_assignment WHERE patient_id = " + mine));
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith("/api/v1/measures/" + id));
        assertEquals(1, db.count("audit_entry", "action = 'outcome.assign' AND record_id = " + id
                + " AND patient_id = " + mine));
    }

    @Test
    void refusesASecondUnansweredAssignmentOfTheSameMeasure() {
        fixtures.assigned(mine, Instrument.KUJALA, Occasion.BASELINE);
        given().contentType(ContentType.JSON)
                .body(Map.of("patientId", mine, "instrument", "KUJALA", "occasion", "REVIEW"))
                .when().post("/api/v1/measures")
                .then().statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("patientId", mine, "instrument", "WOMAC", "occasion", "REVIEW"))
                .when().post("/api/v1/measures")
                .then().statusCode(400).body("errors.field", hasItem("instrument"));
        given().contentType(ContentType.JSON)
                .body(Map.of("patientId", mine, "instrument", "LEFS", "occasion", "REVIEW", "dueDate", "2020-01-01"))
                .when().post("/api/v1/measures")
                .then().statusCode(422).body("errors.field", hasItem("dueDate"));
        assertEquals(1, db.count("outcome_assignment"));
    }

    @Test
    void statesTheChangeFromBaselineAgainstTheThreshold() {
        long baseline = fixtures.assigned(mine, Instrument.LEFS, Occasion.BASELINE);
        submitOnBehalf(baseline, lefs41()).body("measure.score", equalTo(41.0f))
                .body("measure.answeredBy", equalTo("CLINICIAN"));
        long review = fixtures.assigned(mine, Instrument.LEFS, Occasion.REVIEW);
        submitOnBehalf(review, lefs55());
        long pain = fixtures.assigned(mine, Instrument.NPRS, Occasion.BASELINE);
        submitOnBehalf(pain, List.of(Map.of("item", "pain", "value", 6)));
        long painLater = fixtures.assigned(mine, Instrument.NPRS, Occasion.REVIEW);
        submitOnBehalf(painLater, List.of(Map.of("item", "pain", "value", 5)));

        given().queryParam("patientId", mine).when().get("/api/v1/measures")
                .then().statusCode(200)
                .body("measures", hasSize(4))
                .body("changes", hasSize(2))
                .body("changes.find { it.instrument == 'LEFS' }.summary",
                        equalTo("LEFS 41 → 55 (+14): clinically important improvement"))
                .body("changes.find { it.instrument == 'LEFS' }.verdict", equalTo("IMPROVED"))
                .body("changes.find { it.instrument == 'NPRS' }.summary",
                        equalTo("NPRS 6 → 5 (-1): not yet a clinically important change"));
        assertEquals(1, db.count("audit_entry", "action = 'outcome.list' AND patient_id = " + mine));
    }

    @Test
    void badAnswersAreRefusedFieldByFieldAndNothingIsSaved() {
        long id = fixtures.assigned(mine, Instrument.LEFS, Occasion.BASELINE);
        List<Map<String, Object>> answers = new ArrayList<>(lefs41());
        answers.remove(12);
        answers.set(0, Map.of("item", "q1", "value", 5));
        given().contentType(ContentType.JSON).body(Map.of("answers", answers))
                .when().post("/api/v1/measures/{id}/responses", id)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.find { it.field == 'answers.q1' }.message", equalTo("Choose one of the answers offered"))
                .body("errors.find { it.field == 'answers.q13' }.message", equalTo("Answer this question"));
        assertEquals(0, db.count("outcome_response"));
        assertEquals(0, db.count("outcome_answer"));
        assertEquals("OPEN", db.single("SELECT status FROM outcome_assignment WHERE id = " + id));
    }

    @Test
    void aSubmittedResponseIsNeverChangedAndACorrectionKeepsBoth() {
        long id = fixtures.assigned(mine, Instrument.LEFS, Occasion.BASELINE);
        submitOnBehalf(id, lefs41());
        given().contentType(ContentType.JSON).body(Map.of("answers", lefs55()))
                .when().post("/api/v1/measures/{id}/responses", id)
                .then().statusCode(409);
        int current = given().when().get("/api/v1/measures/{id}", id)
                .then().statusCode(200).extract().jsonPath().getInt("responses[0].number");
        given().contentType(ContentType.JSON).body(Map.of("answers", lefs55(), "corrects", current))
                .when().post("/api/v1/measures/{id}/corrections", id)
                .then().statusCode(422).body("errors.field", hasItem("reason"));
        given().contentType(ContentType.JSON)
                .body(Map.of("answers", lefs55(), "corrects", current, "reason", "Read back to the patient: items 6-19"))
                .when().post("/api/v1/measures/{id}/corrections", id)
                .then().statusCode(201)
                .body("responses", hasSize(2))
                .body("responses[0].status", equalTo("SUPERSEDED"))
                .body("responses[0].score", equalTo(41.0f))
                .body("responses[0].answers.find { it.item == 'q16' }.value", equalTo(0))
                .body("responses[1].status", equalTo("SUBMITTED"))
                .body("responses[1].number", equalTo(2))
                .body("responses[1].answers.item[1]", equalTo("q2"))
                .body("responses[1].answers.item[19]", equalTo("q20"))
                .body("responses[1].score", equalTo(55.0f))
                .body("responses[1].correctionReason", equalTo("Read back to the patient: items 6-19"))
                .body("measure.score", equalTo(55.0f));
        assertEquals(40, db.count("outcome_answer"));
        assertEquals("41.0", db.single("SELECT score FROM outcome_response WHERE response_number = 1"));
        given().contentType(ContentType.JSON)
                .body(Map.of("answers", lefs41(), "corrects", current, "reason", "Again"))
                .when().post("/api/v1/measures/{id}/corrections", id)
                .then().statusCode(409);
    }

    @Test
    void simultaneousSubmissionsOfOneMeasureKeepTheFirstAndRefuseTheRest() throws Exception {
        long id = fixtures.assigned(mine, Instrument.NPRS, Occasion.BASELINE);
        String base = "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        int clients = 6;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService executor = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String body = "{\"answers\":[{\"item\":\"pain\",\"value\":" + i + "}]}";
                answers.add(executor.submit(() -> {
                    start.await();
                    return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/measures/" + id + "/responses"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                }));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                statuses.merge(answer.get(60, TimeUnit.SECONDS), 1, Integer::sum);
            }
            assertEquals(Map.of(201, 1, 409, clients - 1), statuses);
        } finally {
            executor.shutdownNow();
        }
        assertEquals(1, db.count("outcome_response"));
        assertEquals(1, db.count("outcome_answer"));
        assertEquals("COMPLETED", db.single("SELECT status FROM outcome_assignment WHERE id = " + id));
    }

    // --- patient ---

    @Test
    @TestSecurity(user = "pat", roles = Roles.PATIENT)
    void patientSavesAnswersAsTheyGoAndSubmitsLater() {
        long id = fixtures.assigned(mine, Instrument.KUJALA, Occasion.BASELINE);
        fixtures.assigned(theirs, Instrument.KUJALA, Occasion.BASELINE);
        given().when().get("/api/v1/me/measures").then().statusCode(200)
                .body("", hasSize(1)).body("[0].id", equalTo((int) id)).body("[0].status", equalTo("OPEN"));

        List<Map<String, Object>> firstFive = kujala(5, 5, 5, 8, 3);
        given().contentType(ContentType.JSON).body(Map.of("answers", firstFive))
                .when().put("/api/v1/me/measures/{id}/draft", id)
                .then().statusCode(200).body("draft.answers", hasSize(5)).body("measure.score", nullValue());
        given().when().get("/api/v1/me/measures/{id}", id).then().statusCode(200)
                .body("draft.answers", hasSize(5))
                .body("draft.answers.find { it.item == 'stairs' }.value", equalTo(8))
                .body("form.items[3].options[1].label", equalTo("Slight pain when descending"));

        given().contentType(ContentType.JSON).body(Map.of("answers", kujala(5, 5, 5, 8, 3, 6, 7, 8, 8, 8, 10, 3, 5)))
                .when().post("/api/v1/me/measures/{id}/submission", id)
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/me/measures/" + id))
                .body("measure.score", equalTo(81.0f))
                .body("measure.answeredBy", equalTo("PATIENT"))
                .body("draft", nullValue())
                .body("responses", hasSize(1));
        assertEquals(1, db.count("outcome_response"));
        assertEquals(1, db.count("audit_entry", "action = 'outcome.submit' AND role = 'patient' AND patient_id = " + mine));
    }

    @Test
    @TestSecurity(user = "pat", roles = Roles.PATIENT)
    void patientCannotChangeWhatTheySubmitted() {
        long id = fixtures.assigned(mine, Instrument.NPRS, Occasion.BASELINE);
        List<Map<String, Object>> pain = List.of(Map.of("item", "pain", "value", 6));
        given().contentType(ContentType.JSON).body(Map.of("answers", pain))
                .when().post("/api/v1/me/measures/{id}/submission", id).then().statusCode(201);
        List<Map<String, Object>> less = List.of(Map.of("item", "pain", "value", 2));
        given().contentType(ContentType.JSON).body(Map.of("answers", less))
                .when().post("/api/v1/me/measures/{id}/submission", id).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("answers", less))
                .when().put("/api/v1/me/measures/{id}/draft", id).then().statusCode(409);
        assertEquals("6", db.single("SELECT answer_value FROM outcome_answer"));
        assertEquals(1, db.count("outcome_response"));
    }

    @Test
    @TestSecurity(user = "pat", roles = Roles.PATIENT)
    void patientCannotSeeOrAnswerAnotherPatientsMeasure() {
        long id = fixtures.assigned(theirs, Instrument.NPRS, Occasion.BASELINE);
        List<Map<String, Object>> pain = List.of(Map.of("item", "pain", "value", 6));
        given().when().get("/api/v1/me/measures/{id}", id).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("answers", pain))
                .when().put("/api/v1/me/measures/{id}/draft", id).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("answers", pain))
                .when().post("/api/v1/me/measures/{id}/submission", id).then().statusCode(404);
        given().when().get("/api/v1/measures/{id}", id).then().statusCode(403);
        assertEquals(0, db.count("outcome_response"));
        assertEquals(3, db.count("audit_entry", "outcome = 'DENIED' AND record_id = " + id + " AND patient_id = " + mine));
    }

    @Test
    @TestSecurity(user = "pat", roles = Roles.PATIENT)
    void patientAnswersOutsideTheFormAreRefusedAndNothingIsSaved() {
        long id = fixtures.assigned(mine, Instrument.VISA_P, Occasion.BASELINE);
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int q = 1; q <= 6; q++) {
            answers.add(Map.of("item", "q" + q, "value", 6));
        }
        answers.add(Map.of("item", "q7", "value", 5));
        answers.add(Map.of("item", "q8a", "value", 7));
        answers.add(Map.of("item", "q8b", "value", 4));
        given().contentType(ContentType.JSON).body(Map.of("answers", answers))
                .when().put("/api/v1/me/measures/{id}/draft", id)
                .then().statusCode(422)
                .body("errors.find { it.field == 'answers.q7' }.message", equalTo("Choose one of the answers offered"))
                .body("errors.find { it.field == 'answers.q8' }.message", equalTo("Answer only one of A, B or C"));
        Map<String, Object> tooLong = new HashMap<>(Map.of("item", "q1", "value", 6));
        tooLong.put("text", "x".repeat(201));
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(tooLong)))
                .when().put("/api/v1/me/measures/{id}/draft", id)
                .then().statusCode(400);
        assertEquals(0, db.count("outcome_response"));
        assertEquals(0, db.count("outcome_answer"));
    }

    @Test
    @TestSecurity(user = "pat", roles = Roles.PATIENT)
    void answersInProgressContinueOnlyFromTheLatestSave() {
        long id = fixtures.assigned(mine, Instrument.PSFS, Occasion.BASELINE);
        int first = given().contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("item", "activity1", "text", "Running 5 km"))))
                .when().put("/api/v1/me/measures/{id}/draft", id)
                .then().statusCode(200).body("draft.answers[0].text", equalTo("Running 5 km"))
                .extract().jsonPath().getInt("draft.version");
        given().contentType(ContentType.JSON)
                .body(Map.of("version", first, "answers", List.of(Map.of("item", "activity1", "text", "Running 5 km",
                        "value", 3), Map.of("item", "activity2", "text", "Going down stairs", "value", 5))))
                .when().put("/api/v1/me/measures/{id}/draft", id)
                .then().statusCode(200).body("draft.answers", hasSize(2));
        given().contentType(ContentType.JSON)
                .body(Map.of("version", first, "answers", List.of(Map.of("item", "activity1", "value", 9))))
                .when().put("/api/v1/me/measures/{id}/draft", id)
                .then().statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("item", "activity1", "text", "Running 5 km", "value", 3),
                        Map.of("item", "activity2", "text", "Going down stairs", "value", 5),
                        Map.of("item", "activity3", "text", "Squatting", "value", 2))))
                .when().post("/api/v1/me/measures/{id}/submission", id)
                .then().statusCode(201)
                .body("measure.score", equalTo(3.3f))
                .body("responses[0].answers.find { it.item == 'activity2' }.text", equalTo("Going down stairs"))
                .body("baselineActivities", hasSize(0));
        long review = fixtures.assigned(mine, Instrument.PSFS, Occasion.REVIEW);
        given().when().get("/api/v1/me/measures/{id}", review).then().statusCode(200)
                .body("baselineActivities", equalTo(List.of("Running 5 km", "Going down stairs", "Squatting")));
    }

    @Test
    void aClinicianEnteringTheAnswersInTheOfficeCompletesThePatientsStartedForm() {
        long id = fixtures.assigned(mine, Instrument.NPRS, Occasion.BASELINE);
        db.execute("INSERT INTO outcome_response (assignment_id, patient_id, status, answered_by, answered_by_subject,"
                + " answered_by_name, started_at, updated_at) VALUES (" + id + ", " + mine + ", 'DRAFT', 'PATIENT',"
                + " 'pat', 'Pat Mine', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
        submitOnBehalf(id, List.of(Map.of("item", "pain", "value", 7)))
                .body("measure.score", equalTo(7.0f))
                .body("measure.answeredBy", equalTo("CLINICIAN"))
                .body("draft", nullValue());
        assertEquals(1, db.count("outcome_response"));
    }

    // --- helpers ---

    private io.restassured.response.ValidatableResponse submitOnBehalf(long id, List<Map<String, Object>> answers) {
        return given().contentType(ContentType.JSON).body(Map.of("answers", answers))
                .when().post("/api/v1/measures/{id}/responses", id)
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/measures/" + id));
    }

    private static List<Map<String, Object>> kujala(int... values) {
        List<Questionnaire.Item> items = Instrument.KUJALA.questionnaire().items();
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            answers.add(Map.of("item", items.get(i).key(), "value", values[i]));
        }
        return answers;
    }
}
