package com.kneerehab.records;

import io.restassured.http.ContentType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Builders for the records tests need, created through the API as a signed-in clinician would create
 * them. Call from a test running as a clinician.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static Map<String, Object> patientJson(String given, String family) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", given);
        body.put("familyName", family);
        body.put("dateOfBirth", "1988-04-12");
        body.put("sex", "FEMALE");
        body.put("phone", "+44 20 7946 0000");
        body.put("email", "runner@example.org");
        body.put("affectedSide", "LEFT");
        body.put("referralNotes", "Knee pain on downhill runs.");
        return body;
    }

    public static long aPatient() {
        return aPatient("Ada", "Runner");
    }

    public static long aPatient(String given, String family) {
        return given().contentType(ContentType.JSON).body(patientJson(given, family))
                .when().post("/api/v1/patients")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long anEvaluation(long patientId) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("patientId", patientId, "visitDate", LocalDate.now().toString()))
                .when().post("/api/v1/evaluations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static int version(long evaluationId) {
        return given().when().get("/api/v1/evaluations/{id}", evaluationId)
                .then().statusCode(200).extract().jsonPath().getInt("version");
    }

    public static Map<String, Object> ribcage(int version, boolean complete) {
        return new HashMap<>(Map.of("version", version, "complete", complete, "alignment", "FLARED", "side", "LEFT",
                "notes", "Left ribs flare on inhale."));
    }

    public static Map<String, Object> hip(int version, boolean complete) {
        Map<String, Object> body = new HashMap<>(Map.of("version", version, "complete", complete,
                "extensionLeft", 10, "extensionRight", 15, "internalRotationLeft", 25, "internalRotationRight", 35,
                "externalRotationLeft", 40, "externalRotationRight", 45));
        body.put("motion", "COLLAPSES_INWARD");
        return body;
    }

    public static Map<String, Object> footAnkle(int version, boolean complete) {
        return new HashMap<>(Map.of("version", version, "complete", complete, "dorsiflexionLeft", 30,
                "dorsiflexionRight", 38, "midfootMobility", "STIFF", "footPosture", "PRONATED"));
    }

    public static Map<String, Object> kneeAxis(int version, boolean complete) {
        return new HashMap<>(Map.of("version", version, "complete", complete, "offAxis", true,
                "tracking", "LATERAL", "manualTherapy", true));
    }

    public static Map<String, Object> assessment(int version) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("symptoms", List.of("JUMP_RUN_PAIN", "GRINDING"));
        body.put("symptomSide", "LEFT");
        body.put("painScore", 6);
        body.put("painSources", List.of("KNEECAP", "FAT_PAD"));
        body.put("primarySource", "KNEECAP");
        body.put("diagnosis", "CHONDROMALACIA_PATELLAE");
        return body;
    }

    public static int put(String path, long id, Map<String, Object> body, int status) {
        return given().contentType(ContentType.JSON).body(body).when().put(path, id)
                .then().statusCode(status).extract().jsonPath().getInt("version");
    }

    /** An evaluation with every step complete and the assessment recorded, not yet signed. */
    public static long aCompleteEvaluation(long patientId) {
        long id = anEvaluation(patientId);
        int v = put("/api/v1/evaluations/{id}/steps/ribcage", id, ribcage(0, true), 200);
        v = put("/api/v1/evaluations/{id}/steps/hip", id, hip(v, true), 200);
        v = put("/api/v1/evaluations/{id}/steps/foot-ankle", id, footAnkle(v, true), 200);
        v = put("/api/v1/evaluations/{id}/steps/knee-axis", id, kneeAxis(v, true), 200);
        put("/api/v1/evaluations/{id}/assessment", id, assessment(v), 200);
        return id;
    }

    public static long aSignedEvaluation(long patientId) {
        long id = aCompleteEvaluation(patientId);
        given().contentType(ContentType.JSON).body(Map.of("version", version(id)))
                .when().post("/api/v1/evaluations/{id}/signature", id)
                .then().statusCode(200);
        return id;
    }

    public static Map<String, Object> planJson(long patientId, long evaluationId, Integer version,
                                               List<Map<String, Object>> items) {
        Map<String, Object> body = new HashMap<>();
        body.put("patientId", patientId);
        body.put("evaluationId", evaluationId);
        body.put("startDate", LocalDate.now().toString());
        body.put("reviewDate", LocalDate.now().plusWeeks(6).toString());
        body.put("goals", "Run 5 km without pain.");
        body.put("exercises", items);
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    public static Map<String, Object> item(long exerciseId, int sets, int reps) {
        Map<String, Object> dosage = Map.of("sets", sets, "repetitions", reps, "holdSeconds", 5,
                "sessionsPerDay", 1, "sessionsPerWeek", 5, "durationWeeks", 6);
        Map<String, Object> item = new HashMap<>();
        item.put("exerciseId", exerciseId);
        item.put("dosage", dosage);
        item.put("notes", "Keep it pain-free.");
        return item;
    }

    public static long aPlan(long patientId, long evaluationId) {
        return given().contentType(ContentType.JSON)
                .body(planJson(patientId, evaluationId, null, List.of(item(1, 2, 15), item(2, 3, 10))))
                .when().post("/api/v1/plans")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
