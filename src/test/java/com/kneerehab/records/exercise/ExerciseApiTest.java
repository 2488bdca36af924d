package com.kneerehab.records.exercise;

import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class ExerciseApiTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void clean() {
        db.reset();
    }

    static Map<String, Object> exercise(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("purpose", "Calf endurance for hill running.");
        body.put("targets", "Soleus");
        body.put("instructions", "1. Stand on a step.\n2. Rise slowly.");
        body.put("defaultDosage", Map.of("sets", 3, "repetitions", 15, "holdSeconds", 0, "sessionsPerDay", 1,
                "sessionsPerWeek", 4, "durationWeeks", 8));
        return body;
    }

    @Test
    void theLibraryStartsWithTheClinicsThreeExercises() {
        given().when().get("/api/v1/exercises")
                .then().statusCode(200)
                .body("items.name", contains("Hamstring strengthening", "Internal knee brace (endurance)",
                        "Knee slide-and-glide"));
    }

    @Test
    void addsEditsAndRetiresAnExercise() {
        int id = given().contentType(ContentType.JSON).body(exercise("Bent-knee calf raise"))
                .when().post("/api/v1/exercises")
                .then().statusCode(201).extract().jsonPath().getInt("id");
        Map<String, Object> edit = exercise("Bent-knee calf raise");
        edit.put("purpose", "Soleus endurance.");
        edit.put("version", 0);
        given().contentType(ContentType.JSON).body(edit).when().put("/api/v1/exercises/{id}", id)
                .then().statusCode(200).body("purpose", equalTo("Soleus endurance."));
        given().contentType(ContentType.JSON).body(Map.of("version", 1))
                .when().put("/api/v1/exercises/{id}/retirement", id)
                .then().statusCode(200).body("retired", equalTo(true));
        given().when().get("/api/v1/exercises")
                .then().body("items.name", not(hasItem("Bent-knee calf raise")));
        given().queryParam("includeRetired", true).when().get("/api/v1/exercises")
                .then().body("items.name", hasItem("Bent-knee calf raise"));
        assertEquals(4, db.count("exercise"));
    }

    @Test
    void refusesADuplicateNameAndBadDosage() {
        given().contentType(ContentType.JSON).body(exercise("Hamstring strengthening"))
                .when().post("/api/v1/exercises")
                .then().statusCode(422).body("errors.field", hasItem("name"));
        Map<String, Object> bad = exercise("New one");
        bad.put("defaultDosage", Map.of("sets", 0, "repetitions", 15, "holdSeconds", 0, "sessionsPerDay", 1,
                "sessionsPerWeek", 8, "durationWeeks", 8));
        bad.put("imageUrl", "javascript:alert(1)");
        given().contentType(ContentType.JSON).body(bad)
                .when().post("/api/v1/exercises")
                .then().statusCode(400)
                .body("errors.field", hasItem("defaultDosage.sets"))
                .body("errors.field", hasItem("defaultDosage.sessionsPerWeek"))
                .body("errors.field", hasItem("imageUrl"));
        assertEquals(3, db.count("exercise"));
    }
}
