package com.kneerehab.records.audit;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Audited requests need one database connection, not two: with a pool of a single connection every
 * audited read and write still completes. (A request that held one connection and waited for a second
 * one for its audit entry would exhaust the pool under load.)
 */
@QuarkusTest
@TestProfile(OneConnectionPerRequestTest.SingleConnection.class)
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class OneConnectionPerRequestTest {

    public static class SingleConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "1", "quarkus.datasource.jdbc.min-size", "0",
                    "quarkus.datasource.jdbc.acquisition-timeout", "3s");
        }
    }

    @Inject
    TestDatabase db;

    @Test
    void auditedReadsAndWritesCompleteWithASingleConnection() {
        db.reset();
        long patient = Fixtures.aPatient();
        long evaluation = Fixtures.aSignedEvaluation(patient);
        Fixtures.aPlan(patient, evaluation);
        given().when().get("/api/v1/patients").then().statusCode(200);
        given().accept("text/html").when().get("/clinic/patients/{id}", patient).then().statusCode(200);
        given().accept("text/html").when().get("/clinic/evaluations/{id}", evaluation).then().statusCode(200);
        assertEquals(1, db.count("audit_entry", "action = 'chart.read'"));
    }
}
