package com.kneerehab.records.security;

import java.time.ZoneOffset;
import java.time.LocalDate;
import com.kneerehab.records.portal.WarningSymptom;
import com.kneerehab.records.Records;
import com.kneerehab.records.outcome.Instrument;
import com.kneerehab.records.outcome.Occasion;
import com.kneerehab.records.outcome.OutcomeFixtures;
import com.kneerehab.records.outcome.Scoring;
import com.kneerehab.records.platform.OpenApiRoutes;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import com.kneerehab.records.portal.PortalFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every route of the application, taken from the OpenAPI document, tried as every kind of caller. A
 * route that is not in {@link #EXPECTED} fails the test, so no new route ships without a decision on
 * who may use it. An allowed caller must get neither a refusal nor a server error (5xx); a refused one
 * gets exactly 401 or 403.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /**
     * Who a route is for. PATIENT_OWN routes name a record by id: only its owner may see it. RECORD routes
     * (the FHIR API) are for clinicians, and for a patient on their own record: another's id answers 404.
     * READERS routes are for clinicians and patients alike (FHIR Questionnaires, which belong to no one).
     */
    enum Access { PUBLIC, SIGNED_IN, CLINICIAN, ADMIN, PATIENT, PATIENT_OWN, RECORD, READERS }

    static final Map<String, Access> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /", Access.PUBLIC),
            Map.entry("GET /login", Access.SIGNED_IN),
            // clinician pages
            Map.entry("GET /clinic/patients", Access.CLINICIAN),
            Map.entry("POST /clinic/patients", Access.CLINICIAN),
            Map.entry("GET /clinic/patients/new", Access.CLINICIAN),
            Map.entry("GET /clinic/patients/{id}", Access.CLINICIAN),
            Map.entry("POST /clinic/patients/{id}", Access.CLINICIAN),
            Map.entry("GET /clinic/patients/{id}/edit", Access.CLINICIAN),
            Map.entry("GET /clinic/patients/{id}/alerts/{alertId}/acknowledgement", Access.CLINICIAN),
            Map.entry("POST /clinic/patients/{id}/alerts/{alertId}/acknowledgement", Access.CLINICIAN),
            Map.entry("GET /clinic/patients/{id}/warnings/{reportId}/acknowledgement", Access.CLINICIAN),
            Map.entry("POST /clinic/patients/{id}/warnings/{reportId}/acknowledgement", Access.CLINICIAN),
            Map.entry("GET /clinic/worklist", Access.CLINICIAN),
            Map.entry("GET /clinic/evaluations", Access.CLINICIAN),
            Map.entry("POST /clinic/evaluations", Access.CLINICIAN),
            Map.entry("GET /clinic/evaluations/new", Access.CLINICIAN),
            Map.entry("GET /clinic/evaluations/{id}", Access.CLINICIAN),
            Map.entry("POST /clinic/evaluations/{id}/steps", Access.CLINICIAN),
            Map.entry("POST /clinic/evaluations/{id}/steps/{step}", Access.CLINICIAN),
            Map.entry("POST /clinic/evaluations/{id}/handover", Access.CLINICIAN),
            Map.entry("POST /clinic/evaluations/{id}/discard", Access.CLINICIAN),
            Map.entry("POST /clinic/evaluations/{id}/entered-in-error", Access.CLINICIAN),
            Map.entry("POST /clinic/evaluations/{id}/assessment", Access.CLINICIAN),
            Map.entry("POST /clinic/evaluations/{id}/sign", Access.CLINICIAN),
            Map.entry("POST /clinic/evaluations/{id}/addenda", Access.CLINICIAN),
            Map.entry("GET /clinic/exercises", Access.CLINICIAN),
            Map.entry("POST /clinic/exercises", Access.CLINICIAN),
            Map.entry("GET /clinic/exercises/new", Access.CLINICIAN),
            Map.entry("GET /clinic/exercises/{id}/edit", Access.CLINICIAN),
            Map.entry("POST /clinic/exercises/{id}", Access.CLINICIAN),
            Map.entry("POST /clinic/exercises/{id}/retirement", Access.CLINICIAN),
            Map.entry("POST /clinic/plans", Access.CLINICIAN),
            Map.entry("GET /clinic/plans/new", Access.CLINICIAN),
            Map.entry("GET /clinic/plans/{id}", Access.CLINICIAN),
            Map.entry("GET /clinic/episodes", Access.CLINICIAN),
            Map.entry("POST /clinic/episodes", Access.CLINICIAN),
            Map.entry("POST /clinic/episodes/{id}/discharge", Access.CLINICIAN),
            Map.entry("GET /clinic/measures/new", Access.CLINICIAN),
            Map.entry("POST /clinic/measures", Access.CLINICIAN),
            Map.entry("GET /clinic/measures/{id}", Access.CLINICIAN),
            Map.entry("POST /clinic/measures/{id}/responses", Access.CLINICIAN),
            // progress reports and printed documents
            Map.entry("GET /clinic/reports", Access.CLINICIAN),
            Map.entry("POST /clinic/reports", Access.CLINICIAN),
            Map.entry("GET /clinic/reports/{id}", Access.CLINICIAN),
            Map.entry("POST /clinic/reports/{id}", Access.CLINICIAN),
            Map.entry("POST /clinic/reports/{id}/redraft", Access.CLINICIAN),
            Map.entry("POST /clinic/reports/{id}/sign", Access.CLINICIAN),
            Map.entry("POST /clinic/reports/{id}/addenda", Access.CLINICIAN),
            Map.entry("POST /clinic/reports/{id}/sendings", Access.CLINICIAN),
            Map.entry("GET /clinic/reports/{id}/pdf", Access.CLINICIAN),
            Map.entry("GET /clinic/documents/plans/{id}/handout", Access.CLINICIAN),
            Map.entry("GET /clinic/documents/plans/{id}/plan", Access.CLINICIAN),
            // clinician API
            Map.entry("GET /api/v1/patients", Access.CLINICIAN),
            Map.entry("POST /api/v1/patients", Access.CLINICIAN),
            Map.entry("GET /api/v1/patients/{id}", Access.CLINICIAN),
            Map.entry("PUT /api/v1/patients/{id}", Access.CLINICIAN),
            Map.entry("GET /api/v1/evaluations", Access.CLINICIAN),
            Map.entry("POST /api/v1/evaluations", Access.CLINICIAN),
            Map.entry("GET /api/v1/evaluations/{id}", Access.CLINICIAN),
            Map.entry("PUT /api/v1/evaluations/{id}/steps/ribcage", Access.CLINICIAN),
            Map.entry("PUT /api/v1/evaluations/{id}/steps/hip", Access.CLINICIAN),
            Map.entry("PUT /api/v1/evaluations/{id}/steps/foot-ankle", Access.CLINICIAN),
            Map.entry("PUT /api/v1/evaluations/{id}/steps/knee-axis", Access.CLINICIAN),
            Map.entry("PUT /api/v1/evaluations/{id}/assessment", Access.CLINICIAN),
            Map.entry("POST /api/v1/evaluations/{id}/signature", Access.CLINICIAN),
            Map.entry("POST /api/v1/evaluations/{id}/addenda", Access.CLINICIAN),
            Map.entry("GET /api/v1/exercises", Access.CLINICIAN),
            Map.entry("POST /api/v1/exercises", Access.CLINICIAN),
            Map.entry("GET /api/v1/exercises/{id}", Access.CLINICIAN),
            Map.entry("PUT /api/v1/exercises/{id}", Access.CLINICIAN),
            Map.entry("PUT /api/v1/exercises/{id}/retirement", Access.CLINICIAN),
            Map.entry("DELETE /api/v1/exercises/{id}/retirement", Access.CLINICIAN),
            Map.entry("GET /api/v1/plans", Access.CLINICIAN),
            Map.entry("POST /api/v1/plans", Access.CLINICIAN),
            Map.entry("GET /api/v1/plans/{id}", Access.CLINICIAN),
            Map.entry("POST /api/v1/plans/{id}/revisions", Access.CLINICIAN),
            Map.entry("GET /api/v1/episodes", Access.CLINICIAN),
            Map.entry("POST /api/v1/episodes", Access.CLINICIAN),
            Map.entry("GET /api/v1/episodes/{id}", Access.CLINICIAN),
            Map.entry("POST /api/v1/episodes/{id}/discharge", Access.CLINICIAN),
            Map.entry("GET /api/v1/measures", Access.CLINICIAN),
            Map.entry("POST /api/v1/measures", Access.CLINICIAN),
            Map.entry("GET /api/v1/measures/{id}", Access.CLINICIAN),
            Map.entry("POST /api/v1/measures/{id}/responses", Access.CLINICIAN),
            Map.entry("POST /api/v1/measures/{id}/corrections", Access.CLINICIAN),
            Map.entry("GET /api/v1/reports", Access.CLINICIAN),
            Map.entry("POST /api/v1/reports", Access.CLINICIAN),
            Map.entry("GET /api/v1/reports/due", Access.CLINICIAN),
            Map.entry("GET /api/v1/reports/{id}", Access.CLINICIAN),
            Map.entry("PUT /api/v1/reports/{id}", Access.CLINICIAN),
            Map.entry("POST /api/v1/reports/{id}/redraft", Access.CLINICIAN),
            Map.entry("POST /api/v1/reports/{id}/signature", Access.CLINICIAN),
            Map.entry("POST /api/v1/reports/{id}/addenda", Access.CLINICIAN),
            Map.entry("POST /api/v1/reports/{id}/sendings", Access.CLINICIAN),
            // patient portal and API
            Map.entry("GET /portal", Access.PATIENT),
            Map.entry("GET /portal/plans", Access.PATIENT),
            Map.entry("GET /portal/plans/{id}", Access.PATIENT_OWN),
            Map.entry("GET /portal/plans/{id}/print", Access.PATIENT_OWN),
            // the caller's own current plan only: no id in the address
            Map.entry("GET /portal/documents/handout", Access.PATIENT),
            Map.entry("GET /portal/documents/plan", Access.PATIENT),
            Map.entry("GET /portal/safety", Access.PATIENT),
            Map.entry("GET /portal/sessions/new", Access.PATIENT),
            Map.entry("POST /portal/sessions", Access.PATIENT),
            Map.entry("GET /portal/progress", Access.PATIENT),
            Map.entry("GET /portal/warning", Access.PATIENT),
            Map.entry("POST /portal/warning", Access.PATIENT),
            Map.entry("GET /portal/warning/{id}", Access.PATIENT_OWN),
            Map.entry("GET /portal/account", Access.PATIENT),
            Map.entry("POST /portal/account/language", Access.PATIENT),
            Map.entry("GET /portal/measures", Access.PATIENT),
            Map.entry("GET /portal/measures/{id}", Access.PATIENT_OWN),
            // answering another patient's measure answers 404 (checked in PortalMeasurePagesTest)
            Map.entry("POST /portal/measures/{id}/answers", Access.PATIENT),
            Map.entry("GET /portal/record", Access.PATIENT),
            Map.entry("GET /portal/record/download", Access.PATIENT),
            Map.entry("GET /api/v1/me/plan", Access.PATIENT),
            Map.entry("GET /api/v1/me/plans", Access.PATIENT),
            Map.entry("GET /api/v1/me/plans/{id}", Access.PATIENT_OWN),
            Map.entry("GET /api/v1/me/sessions", Access.PATIENT),
            Map.entry("POST /api/v1/me/sessions", Access.PATIENT),
            Map.entry("GET /api/v1/me/sessions/{id}", Access.PATIENT_OWN),
            Map.entry("GET /api/v1/me/progress", Access.PATIENT),
            Map.entry("POST /api/v1/me/warnings", Access.PATIENT),
            Map.entry("GET /api/v1/me/warnings/{id}", Access.PATIENT_OWN),
            Map.entry("GET /api/v1/me/measures", Access.PATIENT),
            Map.entry("GET /api/v1/me/measures/{id}", Access.PATIENT_OWN),
            // writes to another patient's measure answer 404 (checked in OutcomeApiTest)
            Map.entry("PUT /api/v1/me/measures/{id}/draft", Access.PATIENT),
            Map.entry("POST /api/v1/me/measures/{id}/submission", Access.PATIENT),
            // FHIR R4 API (read only)
            Map.entry("GET /fhir/r4/metadata", Access.PUBLIC),
            Map.entry("GET /fhir/r4/Patient", Access.RECORD),
            Map.entry("GET /fhir/r4/Patient/{id}", Access.RECORD),
            Map.entry("GET /fhir/r4/Patient/{id}/$everything", Access.RECORD),
            Map.entry("GET /fhir/r4/Encounter", Access.RECORD),
            Map.entry("GET /fhir/r4/Encounter/{id}", Access.RECORD),
            Map.entry("GET /fhir/r4/Condition", Access.RECORD),
            Map.entry("GET /fhir/r4/Condition/{id}", Access.RECORD),
            Map.entry("GET /fhir/r4/Observation", Access.RECORD),
            Map.entry("GET /fhir/r4/Observation/{id}", Access.RECORD),
            Map.entry("GET /fhir/r4/QuestionnaireResponse", Access.RECORD),
            Map.entry("GET /fhir/r4/QuestionnaireResponse/{id}", Access.RECORD),
            Map.entry("GET /fhir/r4/CarePlan", Access.RECORD),
            Map.entry("GET /fhir/r4/CarePlan/{id}", Access.RECORD),
            Map.entry("GET /fhir/r4/ServiceRequest", Access.RECORD),
            Map.entry("GET /fhir/r4/ServiceRequest/{id}", Access.RECORD),
            Map.entry("GET /fhir/r4/Provenance", Access.RECORD),
            Map.entry("GET /fhir/r4/Provenance/{id}", Access.RECORD),
            Map.entry("GET /fhir/r4/Questionnaire", Access.READERS),
            Map.entry("GET /fhir/r4/Questionnaire/{id}", Access.READERS),
            // admin
            Map.entry("GET /admin/accounts", Access.ADMIN),
            Map.entry("POST /admin/accounts", Access.ADMIN),
            Map.entry("GET /admin/accounts/new", Access.ADMIN),
            Map.entry("GET /admin/accounts/{id}", Access.ADMIN),
            Map.entry("POST /admin/accounts/{id}/active", Access.ADMIN),
            Map.entry("POST /admin/accounts/{id}/role", Access.ADMIN),
            Map.entry("POST /admin/accounts/{id}/link", Access.ADMIN),
            Map.entry("POST /admin/accounts/{id}/unlink", Access.ADMIN),
            Map.entry("POST /admin/accounts/{id}/password", Access.ADMIN),
            Map.entry("GET /admin/audit", Access.ADMIN),
            Map.entry("POST /admin/audit/verification", Access.ADMIN),
            Map.entry("POST /admin/audit/checkpoint", Access.ADMIN),
            Map.entry("GET /api/v1/accounts", Access.ADMIN),
            Map.entry("POST /api/v1/accounts", Access.ADMIN),
            Map.entry("GET /api/v1/accounts/{id}", Access.ADMIN),
            Map.entry("POST /api/v1/accounts/{id}/deactivation", Access.ADMIN),
            Map.entry("DELETE /api/v1/accounts/{id}/deactivation", Access.ADMIN),
            Map.entry("PUT /api/v1/accounts/{id}/role", Access.ADMIN),
            Map.entry("PUT /api/v1/accounts/{id}/patient-link", Access.ADMIN),
            Map.entry("DELETE /api/v1/accounts/{id}/patient-link", Access.ADMIN),
            Map.entry("POST /api/v1/accounts/{id}/password-reset", Access.ADMIN),
            Map.entry("GET /api/v1/audit", Access.ADMIN),
            Map.entry("POST /api/v1/audit/verification", Access.ADMIN),
            Map.entry("GET /api/v1/audit/backlog", Access.ADMIN),
            Map.entry("POST /api/v1/audit/checkpoints", Access.ADMIN)));

    static final String TOKEN = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]);

    @Inject
    TestDatabase db;

    @Inject
    Records records;

    @Inject
    PortalFixtures fixtures;

    @Inject
    OutcomeFixtures outcomes;

    PortalFixtures.Linked mine;
    PortalFixtures.Linked theirs;
    Map<String, Object> ownIds;
    Map<String, Object> theirIds;

    @BeforeEach
    void records() {
        db.reset();
        mine = fixtures.patientWithPlan("pat", "Mine");
        theirs = fixtures.patientWithPlan("other", "Theirs");
        ownIds = idsOf(mine);
        theirIds = idsOf(theirs);
    }

    private Map<String, Object> idsOf(PortalFixtures.Linked who) {
        String tag = "m" + who.patientId();
        long session = records.session(who.patientId(), who.planId(), LocalDate.now(ZoneOffset.UTC), 2, 2, tag);
        long warning = records.warning(who.patientId(), WarningSymptom.UPSET_STOMACH, tag);
        long measure = outcomes.assigned(who.patientId(), Instrument.LEFS, Occasion.BASELINE);
        long taken = outcomes.taken(who.patientId(), Instrument.NPRS, Occasion.BASELINE, "5",
                List.of(Scoring.Answer.of("pain", 5)));
        String visit = "eval-" + who.evaluationId();
        return Map.ofEntries(Map.entry("plans", who.planId()), Map.entry("sessions", session),
                Map.entry("warning", warning), Map.entry("warnings", warning), Map.entry("measures", measure),
                // the FHIR API's resources of this patient's record, by type
                Map.entry("Patient", who.patientId()), Map.entry("Encounter", visit),
                Map.entry("Condition", visit + "-kneecap"), Map.entry("Observation", visit + "-panel"),
                Map.entry("QuestionnaireResponse", "measure-" + taken + "-1"),
                Map.entry("CarePlan", "plan-" + who.planId()),
                Map.entry("ServiceRequest", "plan-" + who.planId() + "-exercise-1"),
                Map.entry("Provenance", visit + "-signature"), Map.entry("Questionnaire", "nprs"));
    }

    static List<String> routes() {
        return OpenApiRoutes.all();
    }

    @Test
    void everyRouteHasAnEntryInTheMatrix() {
        TreeSet<String> unknown = new TreeSet<>(routes());
        unknown.removeAll(EXPECTED.keySet());
        assertTrue(unknown.isEmpty(), "Routes without an authorization decision: " + unknown);
        TreeSet<String> stale = new TreeSet<>(EXPECTED.keySet());
        stale.removeAll(routes());
        assertTrue(stale.isEmpty(), "Matrix entries for routes that no longer exist: " + stale);
    }

    @Test
    void anonymousCallersReachOnlyPublicRoutes() {
        check(null);
    }

    @Test
    @TestSecurity(user = "pat", roles = Roles.PATIENT)
    void patientsReachOnlyTheirOwnRecords() {
        check(Roles.PATIENT);
    }

    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
    void cliniciansReachClinicalRoutesOnly() {
        check(Roles.CLINICIAN);
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void adminsReachAccountsAndTheAuditTrailButNoCharts() {
        check(Roles.ADMIN);
    }

    private void check(String role) {
        List<String> wrong = new ArrayList<>();
        for (String route : routes()) {
            Access access = EXPECTED.get(route);
            if (access == null) {
                continue;
            }
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1);
            boolean ownRecord = access == Access.PATIENT_OWN || (access == Access.RECORD && path.contains("{id}"));
            if (ownRecord && Roles.PATIENT.equals(role)) {
                expect(wrong, route, call(method, fill(path, ownIds)), "own", 200);
                expect(wrong, route, call(method, fill(path, theirIds)), "another patient's", 404);
                continue;
            }
            int status = call(method, fill(path, theirIds));
            boolean allowed = switch (access) {
                case PUBLIC -> true;
                case SIGNED_IN -> role != null;
                case CLINICIAN -> Roles.CLINICIAN.equals(role);
                case ADMIN -> Roles.ADMIN.equals(role);
                case PATIENT, PATIENT_OWN -> Roles.PATIENT.equals(role);
                case RECORD, READERS -> Roles.CLINICIAN.equals(role) || Roles.PATIENT.equals(role);
            };
            if (allowed && (status == 401 || status == 403 || status >= 500)) {
                // an allowed caller must get an answer: a crash is no more access than a refusal
                wrong.add(route + ": expected access, got " + status);
            } else if (!allowed && status != (role == null ? 401 : 403)) {
                wrong.add(route + ": expected " + (role == null ? 401 : 403) + ", got " + status);
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static void expect(List<String> wrong, String route, int status, String whose, int expected) {
        if (status != expected) {
            wrong.add(route + " (" + whose + "): expected " + expected + ", got " + status);
        }
    }

    /** Fills path parameters: a by-id portal route gets the id of the kind of record it names. */
    private static String fill(String path, Map<String, Object> ids) {
        String filled = path.replace("{step}", "ribcage").replace("{alertId}", "1").replace("{reportId}", "1");
        for (Map.Entry<String, Object> id : ids.entrySet()) {
            filled = filled.replace("/" + id.getKey() + "/{id}", "/" + id.getKey() + "/" + id.getValue());
        }
        return filled.replace("{id}", "1");
    }

    private static int call(String method, String path) {
        // the $ of a FHIR operation goes as it is, as FHIR clients send it
        RequestSpecification request = given().redirects().follow(false).urlEncodingEnabled(!path.contains("$"));
        if (path.startsWith("/api/")) {
            request = request.accept("application/json").contentType("application/json").body("{}");
        } else {
            request = request.accept("text/html");
            if (!method.equals("GET")) {
                request = request.contentType("application/x-www-form-urlencoded")
                        .cookie("csrf-token", TOKEN).formParam("csrf-token", TOKEN);
            }
        }
        Response response = switch (method) {
            case "GET" -> request.get(path);
            case "POST" -> request.post(path);
            case "PUT" -> request.put(path);
            case "DELETE" -> request.delete(path);
            default -> {
                fail("Unexpected method " + method);
                yield null;
            }
        };
        return response.statusCode();
    }
}
