package com.kneerehab.records.clinic;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The list, chart and evaluation pages issue the same number of SQL statements however many rows
 * they show: no N+1 fetches.
 */
@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class StatementCountTest {

    @Inject
    TestDatabase db;

    @Inject
    EntityManagerFactory emf;

    @BeforeEach
    void clean() {
        db.reset();
    }

    private long statementsFor(String path) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        given().accept("text/html").when().get(path).then().statusCode(200);
        return stats.getPrepareStatementCount();
    }

    /**
     * Results that fit on the first page need no count; longer ones take exactly one more statement,
     * however many pages there are.
     */
    @Test
    void patientListIsConstant() {
        Fixtures.aPatient("One", "Alpha");
        long onePage = statementsFor("/clinic/patients");
        assertEquals(onePage, statementsFor("/clinic/patients?q=Alpha"));
        for (int i = 0; i < 30; i++) {
            Fixtures.aPatient("Many" + i, "Beta");
        }
        long manyPages = statementsFor("/clinic/patients");
        assertEquals(onePage + 1, manyPages, "the total of a longer list is counted once");
        for (int i = 0; i < 30; i++) {
            Fixtures.aPatient("More" + i, "Beta");
        }
        assertEquals(manyPages, statementsFor("/clinic/patients"));
        assertEquals(manyPages, statementsFor("/clinic/patients?q=Beta&page=1"));
        assertEquals(onePage, statementsFor("/clinic/patients?q=Alpha"));
    }

    @Test
    void chartIsConstant() {
        long small = Fixtures.aPatient("Small", "History");
        Fixtures.aPlan(small, Fixtures.aSignedEvaluation(small));
        long few = statementsFor("/clinic/patients/" + small);

        long big = Fixtures.aPatient("Big", "History");
        long signed = 0;
        for (int i = 0; i < 6; i++) {
            signed = Fixtures.aSignedEvaluation(big);
        }
        Fixtures.anEvaluation(big);
        long plan = Fixtures.aPlan(big, signed);
        for (int v = 0; v < 3; v++) {
            plan = given().contentType("application/json")
                    .body(Fixtures.planJson(big, signed, 0, java.util.List.of(Fixtures.item(1, 2 + v, 10),
                            Fixtures.item(2, 3, 10), Fixtures.item(3, 3, 10))))
                    .when().post("/api/v1/plans/{id}/revisions", plan)
                    .then().statusCode(201).extract().jsonPath().getLong("id");
        }
        db.execute("INSERT INTO clinician_alert (patient_id, kind, message, raised_at) VALUES (" + big
                + ", 'HIGH_PAIN', 'Pain 8 after a session', UTC_TIMESTAMP(6)), (" + big
                + ", 'NO_RECENT_SESSION', 'Nothing logged for 8 days', UTC_TIMESTAMP(6))");
        assertEquals(few, statementsFor("/clinic/patients/" + big));
    }

    /** HQL is parsed once, then served from Hibernate's query plan cache: no query text is built from values. */
    @Test
    void chartQueriesAreParsedOnlyOnce() {
        long patient = Fixtures.aPatient("Cached", "Plans");
        Fixtures.aPlan(patient, Fixtures.aSignedEvaluation(patient));
        statementsFor("/clinic/patients/" + patient);
        statementsFor("/clinic/patients?q=Cach");
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        given().accept("text/html").when().get("/clinic/patients/" + patient).then().statusCode(200);
        given().accept("text/html").when().get("/clinic/patients?q=Cach").then().statusCode(200);
        assertEquals(0, stats.getQueryPlanCacheMissCount(), () -> "parsed again: " + java.util.Arrays.stream(stats.getQueries())
                .filter(q -> stats.getQueryStatistics(q).getPlanCacheMissCount() > 0)
                .map(q -> q.replaceAll("\\s+", " ")).toList());
    }

    /**
     * A page that only reads runs its statements without opening a transaction: no "set autocommit",
     * COMMIT and reset round trips on each view. Its audit entry is still written, in a transaction of its own.
     */
    @Test
    void readingPagesOpenNoTransaction() {
        long patient = Fixtures.aPatient("Read", "Only");
        long evaluation = Fixtures.aSignedEvaluation(patient);
        long plan = Fixtures.aPlan(patient, evaluation);
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long auditBefore = db.count("audit_entry", "patient_id = " + patient);
        for (String page : List.of("/clinic/patients/" + patient, "/clinic/patients?q=Onl",
                "/clinic/evaluations/" + evaluation, "/clinic/plans/" + plan, "/clinic/exercises")) {
            stats.clear();
            given().accept("text/html").when().get(page).then().statusCode(200);
            assertEquals(0, stats.getTransactionCount(), page + " opened a transaction");
        }
        assertEquals(auditBefore + 3, db.count("audit_entry", "patient_id = " + patient),
                "chart, evaluation and plan views are each audited");
    }

    @Test
    void evaluationPageIsConstant() {
        long patient = Fixtures.aPatient();
        long plain = Fixtures.aSignedEvaluation(patient);
        long few = statementsFor("/clinic/evaluations/" + plain);
        long amended = Fixtures.aSignedEvaluation(patient);
        for (int i = 0; i < 5; i++) {
            given().contentType("application/json").body(Map.of("text", "Note " + i, "reason", "Detail"))
                    .when().post("/api/v1/evaluations/{id}/addenda", amended).then().statusCode(201);
        }
        assertEquals(few, statementsFor("/clinic/evaluations/" + amended));
    }

    @Inject
    com.kneerehab.records.portal.PortalFixtures portal;

    @Test
    @TestSecurity(user = "counted", roles = Roles.PATIENT)
    void portalPagesAreConstantAndLookThePatientUpOnce() {
        var mine = portal.patientWithPlan("counted", "Counted");
        long home = statementsFor("/portal");
        long progress = statementsFor("/portal/progress");
        for (int i = 0; i < 12; i++) {
            db.execute("INSERT INTO session_log (patient_id, plan_id, session_date, exercises_done, pain_before,"
                    + " pain_after, submission_id, created_at) VALUES (" + mine.patientId() + ", " + mine.planId()
                    + ", UTC_DATE() - INTERVAL " + i + " DAY, '1', 3, 2, 's" + i + "', UTC_TIMESTAMP(6))");
        }
        assertEquals(home, statementsFor("/portal"));
        assertEquals(progress, statementsFor("/portal/progress"));
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        given().accept("text/html").when().get("/portal").then().statusCode(200);
        assertEquals(1, stats.getEntityStatistics(com.kneerehab.records.account.Account.class.getName()).getLoadCount(),
                "the caller's account is looked up once per request");
    }

    @Test
    void planPageIsConstant() {
        long patient = Fixtures.aPatient();
        long evaluation = Fixtures.aSignedEvaluation(patient);
        long first = Fixtures.aPlan(patient, evaluation);
        long firstCount = statementsFor("/clinic/plans/" + first);
        long second = given().contentType("application/json")
                .body(Fixtures.planJson(patient, evaluation, 0, java.util.List.of(Fixtures.item(1, 2, 10),
                        Fixtures.item(2, 3, 10), Fixtures.item(3, 3, 10))))
                .when().post("/api/v1/plans/{id}/revisions", first)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        // a revision also loads the plan it replaced, to show what changed: one more statement, whatever the size
        assertEquals(firstCount + 1, statementsFor("/clinic/plans/" + second));
    }
}
