package com.kneerehab.records.clinic;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.platform.OpenApiRoutes;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import com.kneerehab.records.portal.PortalFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page and list endpoint (every GET route of the OpenAPI document) issues the same number of SQL
 * statements on a small clinic and on one with twice the patients and several times the history: more
 * evaluations, addenda, plan revisions, alerts, session logs, warning reports and accounts. Lists are
 * longer than a page in both, so their total is counted in both. A GET route missing here fails
 * {@link #everyGetRouteIsCounted()}.
 */
@QuarkusTest
class EveryRouteStatementCountTest {

    /** Ids the routes' placeholders are filled from. */
    record World(long patient, long evaluation, long plan, long ownPlan, long session, long warning, long account) {
    }

    static final Map<String, Function<World, String>> CLINICIAN = new RouteMap()
            .add("GET /clinic/patients", w -> "/clinic/patients")
            .add("GET /clinic/patients/new", w -> "/clinic/patients/new")
            .add("GET /clinic/patients/{id}", w -> "/clinic/patients/" + w.patient())
            .add("GET /clinic/patients/{id}/edit", w -> "/clinic/patients/" + w.patient() + "/edit")
            .add("GET /clinic/evaluations/new", w -> "/clinic/evaluations/new?patient=" + w.patient())
            .add("GET /clinic/evaluations/{id}", w -> "/clinic/evaluations/" + w.evaluation())
            .add("GET /clinic/exercises", w -> "/clinic/exercises")
            .add("GET /clinic/exercises/new", w -> "/clinic/exercises/new")
            .add("GET /clinic/exercises/{id}/edit", w -> "/clinic/exercises/1/edit")
            .add("GET /clinic/plans/new", w -> "/clinic/plans/new?patient=" + w.patient())
            .add("GET /clinic/plans/{id}", w -> "/clinic/plans/" + w.plan())
            .add("GET /api/v1/patients", w -> "/api/v1/patients")
            .add("GET /api/v1/patients/{id}", w -> "/api/v1/patients/" + w.patient())
            .add("GET /api/v1/evaluations", w -> "/api/v1/evaluations?patientId=" + w.patient())
            .add("GET /api/v1/evaluations/{id}", w -> "/api/v1/evaluations/" + w.evaluation())
            .add("GET /api/v1/exercises", w -> "/api/v1/exercises")
            .add("GET /api/v1/exercises/{id}", w -> "/api/v1/exercises/1")
            .add("GET /api/v1/plans", w -> "/api/v1/plans?patientId=" + w.patient())
            .add("GET /api/v1/plans/{id}", w -> "/api/v1/plans/" + w.plan());

    static final Map<String, Function<World, String>> PATIENT = new RouteMap()
            .add("GET /portal", w -> "/portal")
            .add("GET /portal/plans", w -> "/portal/plans")
            .add("GET /portal/plans/{id}", w -> "/portal/plans/" + w.ownPlan())
            .add("GET /portal/plans/{id}/print", w -> "/portal/plans/" + w.ownPlan() + "/print")
            .add("GET /portal/safety", w -> "/portal/safety")
            .add("GET /portal/sessions/new", w -> "/portal/sessions/new")
            .add("GET /portal/progress", w -> "/portal/progress")
            .add("GET /portal/warning", w -> "/portal/warning")
            .add("GET /portal/warning/{id}", w -> "/portal/warning/" + w.warning())
            .add("GET /portal/account", w -> "/portal/account")
            .add("GET /api/v1/me/plan", w -> "/api/v1/me/plan")
            .add("GET /api/v1/me/plans", w -> "/api/v1/me/plans")
            .add("GET /api/v1/me/plans/{id}", w -> "/api/v1/me/plans/" + w.ownPlan())
            .add("GET /api/v1/me/sessions", w -> "/api/v1/me/sessions")
            .add("GET /api/v1/me/sessions/{id}", w -> "/api/v1/me/sessions/" + w.session())
            .add("GET /api/v1/me/progress", w -> "/api/v1/me/progress")
            .add("GET /api/v1/me/warnings/{id}", w -> "/api/v1/me/warnings/" + w.warning());

    static final Map<String, Function<World, String>> ADMIN = new RouteMap()
            .add("GET /", w -> "/")
            .add("GET /login", w -> "/login")
            .add("GET /admin/accounts", w -> "/admin/accounts")
            .add("GET /admin/accounts/new", w -> "/admin/accounts/new")
            .add("GET /admin/accounts/{id}", w -> "/admin/accounts/" + w.account())
            .add("GET /admin/audit", w -> "/admin/audit")
            .add("GET /api/v1/accounts", w -> "/api/v1/accounts")
            .add("GET /api/v1/accounts/{id}", w -> "/api/v1/accounts/" + w.account())
            .add("GET /api/v1/audit", w -> "/api/v1/audit");

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures portal;

    @Inject
    EntityManagerFactory emf;

    private int grown;

    @BeforeEach
    void clean() {
        db.reset();
    }

    @Test
    void everyGetRouteIsCounted() {
        TreeSet<String> missing = new TreeSet<>(OpenApiRoutes.all().stream()
                .filter(r -> r.startsWith("GET ")).toList());
        missing.removeAll(CLINICIAN.keySet());
        missing.removeAll(PATIENT.keySet());
        missing.removeAll(ADMIN.keySet());
        assertTrue(missing.isEmpty(), "GET routes without a statement count check: " + missing);
    }

    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
    void clinicianPagesAndListsAreConstant() {
        World world = clinic();
        assertConstant(CLINICIAN, world, this::growClinic);
    }

    @Test
    @TestSecurity(user = "counted", roles = Roles.PATIENT)
    void portalPagesAndListsAreConstant() {
        World world = clinic();
        assertConstant(PATIENT, world, this::growPortal);
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void adminPagesAndListsAreConstant() {
        World world = clinic();
        assertConstant(ADMIN, world, this::growAccounts);
    }

    /**
     * A small clinic: the portal patient "counted" with a plan, one session and one warning report; a
     * charted patient with two signed evaluations, a revised plan, an alert and sessions; 30 more patients
     * and 30 more accounts, so the patient and account lists run past their first page.
     */
    private World clinic() {
        var mine = portal.patientWithPlan("counted", "Counted");
        long session = sessionFor(mine.patientId(), mine.planId());
        db.execute("INSERT INTO warning_report (patient_id, symptom, submission_id, created_at) VALUES ("
                + mine.patientId() + ", 'UPSET_STOMACH', 'w0', UTC_TIMESTAMP(6))");
        long warning = Long.parseLong(db.single("SELECT id FROM warning_report WHERE submission_id = 'w0'"));

        var charted = portal.patientWithPlan("Charted");
        long evaluation = Long.parseLong(db.single(
                "SELECT MAX(id) FROM evaluation WHERE patient_id = " + charted.patientId()));
        db.execute("INSERT INTO evaluation_addendum (evaluation_id, author_subject, author_name, created_at, body, reason)"
                + " VALUES (" + evaluation + ", 'clinician', 'Clinician', UTC_TIMESTAMP(6), 'Swelling noted', 'Detail')");
        alertFor(charted.patientId());
        sessionFor(charted.patientId(), charted.planId());
        for (int i = 0; i < 30; i++) {
            aPatientAndAccount();
        }
        long account = Long.parseLong(db.single("SELECT id FROM account WHERE username = 'counted'"));
        return new World(charted.patientId(), evaluation, charted.planId(), mine.planId(), session, warning, account);
    }

    private void growClinic(World world) {
        for (int i = 0; i < 30; i++) {
            aPatientAndAccount();
        }
        long signed = 0;
        for (int i = 0; i < 4; i++) {
            signed = Fixtures.aSignedEvaluation(world.patient());
        }
        Fixtures.anEvaluation(world.patient());
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(Map.of("text", "Note " + i, "reason", "Detail"))
                    .when().post("/api/v1/evaluations/{id}/addenda", world.evaluation()).then().statusCode(201);
        }
        long plan = world.plan();
        for (int v = 0; v < 3; v++) {
            plan = given().contentType(ContentType.JSON)
                    .body(Fixtures.planJson(world.patient(), signed, 0, List.of(Fixtures.item(1, 2 + v, 10),
                            Fixtures.item(2, 3, 10), Fixtures.item(3, 3, 10))))
                    .when().post("/api/v1/plans/{id}/revisions", plan)
                    .then().statusCode(201).extract().jsonPath().getLong("id");
        }
        for (int i = 0; i < 3; i++) {
            alertFor(world.patient());
        }
        for (int i = 0; i < 12; i++) {
            sessionFor(world.patient(), plan);
        }
    }

    private void growPortal(World world) {
        for (int i = 0; i < 20; i++) {
            sessionFor(patientOf(world.ownPlan()), world.ownPlan());
        }
        for (int i = 1; i <= 4; i++) {
            db.execute("INSERT INTO warning_report (patient_id, symptom, submission_id, created_at) VALUES ("
                    + patientOf(world.ownPlan()) + ", 'UPSET_STOMACH', 'w" + i + "', UTC_TIMESTAMP(6))");
        }
        growAccounts(world);
    }

    private void growAccounts(World world) {
        for (int i = 0; i < 30; i++) {
            aPatientAndAccount();
        }
    }

    private void aPatientAndAccount() {
        int n = ++grown;
        db.execute("INSERT INTO patient (mrn, given_name, family_name, date_of_birth, sex, affected_side, status,"
                + " warning_flag, created_at, updated_at, version) VALUES ('KR9" + String.format("%07d", n)
                + "', 'Crowd', 'Member" + n + "', '1990-01-01', 'FEMALE', 'LEFT', 'ACTIVE', FALSE, UTC_TIMESTAMP(6),"
                + " UTC_TIMESTAMP(6), 0)");
        db.execute("INSERT INTO account (subject, username, display_name, role, active, created_at, updated_at)"
                + " VALUES ('crowd-" + n + "', 'crowd" + n + "', 'Crowd " + n + "', 'clinician', TRUE,"
                + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
    }

    private long sessionFor(long patient, long plan) {
        String tag = "s" + patient + "-" + (++grown);
        db.execute("INSERT INTO session_log (patient_id, plan_id, session_date, exercises_done, pain_before, pain_after,"
                + " submission_id, created_at) VALUES (" + patient + ", " + plan + ", UTC_DATE() - INTERVAL "
                + (grown % 40) + " DAY, '1', 3, 2, '" + tag + "', UTC_TIMESTAMP(6))");
        return Long.parseLong(db.single("SELECT id FROM session_log WHERE submission_id = '" + tag + "'"));
    }

    private void alertFor(long patient) {
        db.execute("INSERT INTO clinician_alert (patient_id, kind, message, raised_at) VALUES (" + patient
                + ", 'HIGH_PAIN', 'Pain 8 after a session', UTC_TIMESTAMP(6))");
    }

    private long patientOf(long plan) {
        return Long.parseLong(db.single("SELECT patient_id FROM treatment_plan WHERE id = " + plan));
    }

    private void assertConstant(Map<String, Function<World, String>> routes, World world,
                                java.util.function.Consumer<World> grow) {
        Map<String, Long> before = new LinkedHashMap<>();
        routes.forEach((route, path) -> before.put(route, statementsFor(path.apply(world))));
        grow.accept(world);
        List<String> grew = routes.entrySet().stream()
                .filter(e -> statementsFor(e.getValue().apply(world)) != before.get(e.getKey()))
                .map(e -> e.getKey() + " (" + before.get(e.getKey()) + " statements before)")
                .toList();
        assertTrue(grew.isEmpty(), "statement counts that grew with the data: " + grew);
    }

    private long statementsFor(String path) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        int status = given().redirects().follow(false)
                .accept(path.startsWith("/api/") ? "application/json" : "text/html")
                .when().get(path).then().extract().statusCode();
        assertTrue(status < 400, path + " answered " + status);
        return stats.getPrepareStatementCount();
    }

    /** Routes in the order they are checked, each with how to fill in its placeholders. */
    private static final class RouteMap extends LinkedHashMap<String, Function<World, String>> {
        RouteMap add(String route, Function<World, String> path) {
            put(route, path);
            return this;
        }
    }
}
