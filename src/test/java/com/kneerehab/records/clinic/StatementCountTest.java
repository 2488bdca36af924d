package com.kneerehab.records.clinic;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.outcome.Instrument;
import com.kneerehab.records.outcome.Occasion;
import com.kneerehab.records.outcome.OutcomeFixtures;
import com.kneerehab.records.outcome.Scoring;
import com.kneerehab.records.Records;
import com.kneerehab.records.alert.ClinicianAlert;
import com.kneerehab.records.evaluation.AddendumInput;
import com.kneerehab.records.evaluation.EvaluationService;
import com.kneerehab.records.portal.WarningSymptom;
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

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No N+1 fetches. Every page and list endpoint (every GET route of the OpenAPI document) issues the same
 * number of SQL statements on a small clinic and on one with twice the patients and several times the
 * history: more evaluations, addenda, plan revisions, alerts, session logs, warning reports and accounts.
 * Lists are longer than a page in both, so their total is counted in both. A GET route missing here fails
 * {@link #everyGetRouteIsCounted()}. The tests after those pin particular pages more closely: exactly one
 * more statement for a longer list or a revised plan, query plans parsed once, and no transaction opened
 * by a page that only reads.
 */
@QuarkusTest
class StatementCountTest {

    /** Ids the routes' placeholders are filled from. */
    record World(long patient, long evaluation, long plan, long ownPatient, long ownPlan, long session, long warning,
                 long account, long measure, long ownMeasure, long chartWarning, long alert, long episode) {
    }

    static final Map<String, Function<World, String>> CLINICIAN = new RouteMap()
            .add("GET /clinic/patients", w -> "/clinic/patients")
            .add("GET /clinic/patients/new", w -> "/clinic/patients/new")
            .add("GET /clinic/patients/{id}", w -> "/clinic/patients/" + w.patient())
            .add("GET /clinic/patients/{id}/edit", w -> "/clinic/patients/" + w.patient() + "/edit")
            .add("GET /clinic/patients/{id}/warnings/{reportId}/acknowledgement",
                    w -> "/clinic/patients/" + w.patient() + "/warnings/" + w.chartWarning() + "/acknowledgement")
            .add("GET /clinic/patients/{id}/alerts/{alertId}/acknowledgement",
                    w -> "/clinic/patients/" + w.patient() + "/alerts/" + w.alert() + "/acknowledgement")
            .add("GET /clinic/worklist", w -> "/clinic/worklist")
            .add("GET /clinic/evaluations", w -> "/clinic/evaluations?patient=" + w.patient())
            .add("GET /clinic/evaluations/new", w -> "/clinic/evaluations/new?patient=" + w.patient())
            .add("GET /clinic/evaluations/{id}", w -> "/clinic/evaluations/" + w.evaluation())
            .add("GET /clinic/exercises", w -> "/clinic/exercises")
            .add("GET /clinic/exercises/new", w -> "/clinic/exercises/new")
            .add("GET /clinic/exercises/{id}/edit", w -> "/clinic/exercises/1/edit")
            .add("GET /clinic/plans/new", w -> "/clinic/plans/new?patient=" + w.patient())
            .add("GET /clinic/plans/{id}", w -> "/clinic/plans/" + w.plan())
            .add("GET /clinic/episodes", w -> "/clinic/episodes?patient=" + w.patient())
            .add("GET /clinic/measures/new", w -> "/clinic/measures/new?patient=" + w.patient())
            .add("GET /clinic/measures/{id}", w -> "/clinic/measures/" + w.measure())
            .add("GET /api/v1/patients", w -> "/api/v1/patients")
            .add("GET /api/v1/patients/{id}", w -> "/api/v1/patients/" + w.patient())
            .add("GET /api/v1/evaluations", w -> "/api/v1/evaluations?patientId=" + w.patient())
            .add("GET /api/v1/evaluations/{id}", w -> "/api/v1/evaluations/" + w.evaluation())
            .add("GET /api/v1/exercises", w -> "/api/v1/exercises")
            .add("GET /api/v1/exercises/{id}", w -> "/api/v1/exercises/1")
            .add("GET /api/v1/plans", w -> "/api/v1/plans?patientId=" + w.patient())
            .add("GET /api/v1/plans/{id}", w -> "/api/v1/plans/" + w.plan())
            .add("GET /api/v1/episodes", w -> "/api/v1/episodes?patientId=" + w.patient())
            .add("GET /api/v1/episodes/{id}", w -> "/api/v1/episodes/" + w.episode())
            .add("GET /api/v1/measures", w -> "/api/v1/measures?patientId=" + w.patient())
            .add("GET /api/v1/measures/{id}", w -> "/api/v1/measures/" + w.measure())
            .add("GET /clinic/reports", w -> "/clinic/reports?patient=" + w.patient())
            .add("GET /api/v1/reports", w -> "/api/v1/reports?patientId=" + w.patient())
            .add("GET /api/v1/reports/due", w -> "/api/v1/reports/due")
            .add("GET /clinic/documents/plans/{id}/handout", w -> "/clinic/documents/plans/" + w.plan() + "/handout")
            .add("GET /clinic/documents/plans/{id}/plan", w -> "/clinic/documents/plans/" + w.plan() + "/plan")
            // the FHIR API: a read and a search of each type, and the whole record, on the charted patient
            .add("GET /fhir/r4/metadata", w -> "/fhir/r4/metadata")
            .add("GET /fhir/r4/Patient", w -> "/fhir/r4/Patient")
            .add("GET /fhir/r4/Patient/{id}", w -> "/fhir/r4/Patient/" + w.patient())
            .add("GET /fhir/r4/Patient/{id}/$everything", w -> "/fhir/r4/Patient/" + w.patient() + "/$everything")
            .add("GET /fhir/r4/Encounter", w -> "/fhir/r4/Encounter?patient=" + w.patient())
            .add("GET /fhir/r4/Encounter/{id}", w -> "/fhir/r4/Encounter/eval-" + w.evaluation())
            .add("GET /fhir/r4/Condition", w -> "/fhir/r4/Condition?patient=" + w.patient())
            .add("GET /fhir/r4/Condition/{id}", w -> "/fhir/r4/Condition/eval-" + w.evaluation() + "-kneecap")
            .add("GET /fhir/r4/Observation", w -> "/fhir/r4/Observation?patient=" + w.patient())
            .add("GET /fhir/r4/Observation/{id}", w -> "/fhir/r4/Observation/eval-" + w.evaluation() + "-panel")
            .add("GET /fhir/r4/QuestionnaireResponse", w -> "/fhir/r4/QuestionnaireResponse?patient=" + w.patient())
            .add("GET /fhir/r4/QuestionnaireResponse/{id}", w -> "/fhir/r4/QuestionnaireResponse/measure-" + w.measure() + "-1")
            .add("GET /fhir/r4/CarePlan", w -> "/fhir/r4/CarePlan?patient=" + w.patient())
            .add("GET /fhir/r4/CarePlan/{id}", w -> "/fhir/r4/CarePlan/plan-" + w.plan())
            .add("GET /fhir/r4/ServiceRequest", w -> "/fhir/r4/ServiceRequest?patient=" + w.patient())
            .add("GET /fhir/r4/ServiceRequest/{id}", w -> "/fhir/r4/ServiceRequest/plan-" + w.plan() + "-exercise-1")
            .add("GET /fhir/r4/Provenance", w -> "/fhir/r4/Provenance?patient=" + w.patient())
            .add("GET /fhir/r4/Provenance/{id}", w -> "/fhir/r4/Provenance/eval-" + w.evaluation() + "-signature")
            .add("GET /fhir/r4/Questionnaire", w -> "/fhir/r4/Questionnaire")
            .add("GET /fhir/r4/Questionnaire/{id}", w -> "/fhir/r4/Questionnaire/lefs");

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
            .add("GET /portal/measures", w -> "/portal/measures")
            .add("GET /portal/measures/{id}", w -> "/portal/measures/" + w.ownMeasure())
            .add("GET /portal/record", w -> "/portal/record")
            .add("GET /portal/record/download", w -> "/portal/record/download")
            .add("GET /api/v1/me/plan", w -> "/api/v1/me/plan")
            .add("GET /api/v1/me/plans", w -> "/api/v1/me/plans")
            .add("GET /api/v1/me/plans/{id}", w -> "/api/v1/me/plans/" + w.ownPlan())
            .add("GET /api/v1/me/sessions", w -> "/api/v1/me/sessions")
            .add("GET /api/v1/me/sessions/{id}", w -> "/api/v1/me/sessions/" + w.session())
            .add("GET /api/v1/me/progress", w -> "/api/v1/me/progress")
            .add("GET /api/v1/me/warnings/{id}", w -> "/api/v1/me/warnings/" + w.warning())
            .add("GET /api/v1/me/measures", w -> "/api/v1/me/measures")
            .add("GET /api/v1/me/measures/{id}", w -> "/api/v1/me/measures/" + w.ownMeasure())
            .add("GET /portal/documents/handout", w -> "/portal/documents/handout")
            .add("GET /portal/documents/plan", w -> "/portal/documents/plan");

    static final Map<String, Function<World, String>> ADMIN = new RouteMap()
            .add("GET /", w -> "/")
            .add("GET /login", w -> "/login")
            .add("GET /admin/accounts", w -> "/admin/accounts")
            .add("GET /admin/accounts/new", w -> "/admin/accounts/new")
            .add("GET /admin/accounts/{id}", w -> "/admin/accounts/" + w.account())
            .add("GET /admin/audit", w -> "/admin/audit")
            .add("GET /api/v1/accounts", w -> "/api/v1/accounts")
            .add("GET /api/v1/accounts/{id}", w -> "/api/v1/accounts/" + w.account())
            .add("GET /api/v1/audit", w -> "/api/v1/audit")
            .add("GET /api/v1/audit/backlog", w -> "/api/v1/audit/backlog");

    @Inject
    OutcomeFixtures outcomes;

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures portal;

    @Inject
    Records records;

    @Inject
    EntityManagerFactory emf;

    @Inject
    EvaluationService evaluations;

    @Inject
    com.kneerehab.records.episode.EpisodeService episodes;

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
        missing.removeAll(com.kneerehab.records.report.ReportStatementCountTest.ROUTES);
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
        long warning = records.warning(mine.patientId(), WarningSymptom.UPSET_STOMACH, "w0");

        var charted = portal.patientWithPlan("Charted");
        long evaluation = charted.evaluationId();
        evaluations.addAddendum(evaluation, new AddendumInput("Swelling noted", "Detail"));
        long alert = alertFor(charted.patientId());
        long chartWarning = records.warning(charted.patientId(), WarningSymptom.TINGLING_ARMS, "cw0", "Left arm");
        sessionFor(charted.patientId(), charted.planId());
        for (int i = 0; i < 30; i++) {
            aPatientAndAccount();
        }
        long account = records.accountId("counted");
        long measure = outcomes.taken(charted.patientId(), Instrument.LEFS, Occasion.BASELINE, "41", answers(3));
        outcomes.assigned(charted.patientId(), Instrument.NPRS, Occasion.BASELINE);
        long ownMeasure = outcomes.assigned(mine.patientId(), Instrument.PSFS, Occasion.REVIEW);
        outcomes.draft(ownMeasure, List.of(Scoring.Answer.named("activity1", "Running", 3)));
        return new World(charted.patientId(), evaluation, charted.planId(), mine.patientId(), mine.planId(), session,
                warning, account, measure, ownMeasure, chartWarning, alert,
                episodes.currentEpisode(charted.patientId()).orElseThrow().id());
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
            records.acknowledgedAlert(world.patient(), ClinicianAlert.Kind.NO_RECENT_SESSION, java.time.Instant.now());
            records.warning(world.patient(), WarningSymptom.UPSET_STOMACH, "cw-grown" + i, "Words " + i);
            records.acknowledgedWarning(records.warning(world.patient(), WarningSymptom.BOWEL_BLADDER, "cw-ack" + i));
        }
        // more of the clinic on the worklist: other patients' reports, overdue reviews and old drafts
        for (int i = 0; i < 3; i++) {
            var other = portal.patientWithPlan("Listed" + i);
            records.warning(other.patientId(), WarningSymptom.TINGLING_ARMS, "other" + i, "Words");
            alertFor(other.patientId());
            records.reviewOverdue(other.planId());
            records.startedDaysAgo(Fixtures.anEvaluation(other.patientId()), 3);
        }
        for (int i = 0; i < 12; i++) {
            sessionFor(world.patient(), plan);
        }
        // the counted measure corrected twice, and more measures taken
        outcomes.corrected(world.measure());
        outcomes.corrected(world.measure());
        for (Instrument instrument : List.of(Instrument.LEFS, Instrument.KUJALA, Instrument.VISA_P, Instrument.PSFS)) {
            outcomes.taken(world.patient(), instrument, Occasion.REVIEW, "50", answers(5));
        }
    }

    private void growPortal(World world) {
        for (int i = 0; i < 20; i++) {
            sessionFor(world.ownPatient(), world.ownPlan());
        }
        for (int i = 1; i <= 4; i++) {
            records.warning(world.ownPatient(), WarningSymptom.UPSET_STOMACH, "w" + i);
        }
        // more answers in progress, and measures taken and corrected, among them the baseline PSFS
        outcomes.draft(world.ownMeasure(), List.of(Scoring.Answer.named("activity1", "Running", 3),
                Scoring.Answer.named("activity2", "Stairs", 4), Scoring.Answer.named("activity3", "Hopping", 2)));
        for (Instrument instrument : List.of(Instrument.LEFS, Instrument.NPRS, Instrument.VISA_P, Instrument.PSFS)) {
            long taken = outcomes.taken(world.ownPatient(), instrument, Occasion.BASELINE, "6", List.of(
                    Scoring.Answer.named("activity1", "Running", 6), Scoring.Answer.named("activity2", "Stairs", 6)));
            outcomes.corrected(taken);
        }
        outcomes.assigned(world.ownPatient(), Instrument.KUJALA, Occasion.REVIEW);
        growAccounts(world);
    }

    private void growAccounts(World world) {
        for (int i = 0; i < 30; i++) {
            aPatientAndAccount();
        }
    }

    private void aPatientAndAccount() {
        int n = ++grown;
        records.patient("Crowd", "Member" + n);
        records.account("crowd" + n, "Crowd " + n, Roles.CLINICIAN, null);
    }

    private long sessionFor(long patient, long plan) {
        int n = ++grown;
        return records.session(patient, plan, LocalDate.now(ZoneOffset.UTC).minusDays(n % 40), 3, 2, "s" + patient + "-" + n);
    }

    private static List<Scoring.Answer> answers(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> Scoring.Answer.of("q" + i, 2)).toList();
    }

    private long alertFor(long patient) {
        return records.alert(patient, ClinicianAlert.Kind.HIGH_PAIN);
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
        int status = given().redirects().follow(false).urlEncodingEnabled(!path.contains("$"))
                .accept(path.startsWith("/api/") ? "application/json" : "text/html")
                .when().get(path).then().extract().statusCode();
        assertTrue(status < 400, path + " answered " + status);
        return stats.getPrepareStatementCount();
    }

    /**
     * Results that fit on the first page need no count; longer ones take exactly one more statement,
     * however many pages there are.
     */
    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
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
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
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
        records.alert(big, ClinicianAlert.Kind.HIGH_PAIN);
        records.alert(big, ClinicianAlert.Kind.NO_RECENT_SESSION);
        assertEquals(few, statementsFor("/clinic/patients/" + big));
    }

    /** HQL is parsed once, then served from Hibernate's query plan cache: no query text is built from values. */
    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
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
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
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
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
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

    @Test
    @TestSecurity(user = "counted", roles = Roles.PATIENT)
    void portalPagesAreConstantAndLookThePatientUpOnce() {
        var mine = portal.patientWithPlan("counted", "Counted");
        long home = statementsFor("/portal");
        long progress = statementsFor("/portal/progress");
        for (int i = 0; i < 12; i++) {
            records.session(mine.patientId(), mine.planId(), LocalDate.now(ZoneOffset.UTC).minusDays(i), 3, 2, "s" + i);
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
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
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

    /** Routes in the order they are checked, each with how to fill in its placeholders. */
    private static final class RouteMap extends LinkedHashMap<String, Function<World, String>> {
        RouteMap add(String route, Function<World, String> path) {
            put(route, path);
            return this;
        }
    }
}
