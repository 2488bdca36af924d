package com.kneerehab.records.security;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.Records;
import com.kneerehab.records.alert.ClinicianAlert;
import com.kneerehab.records.episode.DischargeInput;
import com.kneerehab.records.episode.DischargeReason;
import com.kneerehab.records.episode.EpisodeService;
import com.kneerehab.records.outcome.Instrument;
import com.kneerehab.records.outcome.Occasion;
import com.kneerehab.records.outcome.Scoring;
import com.kneerehab.records.platform.OpenApiRoutes;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import com.kneerehab.records.portal.PortalFixtures;
import com.kneerehab.records.portal.WarningSymptom;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every HTML page the application serves (every GET route of the OpenAPI document outside {@code /api/}),
 * opened by a caller allowed to see it, with records behind it so that its forms are shown: no page carries
 * an inline script or style (the content security policy would block it), and every form that posts
 * carries the anti-forgery token. A page route with no caller here fails {@link #everyPageIsOpened()}.
 */
@QuarkusTest
class EveryPageTest {

    private static final Pattern POST_FORM = Pattern.compile("<form\\b[^>]*method=\"post\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN = Pattern.compile("<input type=\"hidden\" name=\"csrf-token\" value=\"[^\"]+\"");

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures portal;

    @Inject
    Records records;

    @Inject
    EpisodeService episodes;


    @Inject
    com.kneerehab.records.outcome.OutcomeFixtures outcomes;

    PortalFixtures.Linked mine;
    PortalFixtures.Linked charted;
    long warning;
    long chartAlert;
    long chartWarning;

    @BeforeEach
    void records() {
        db.reset();
        mine = portal.patientWithPlan("pat", "Mine");
        records.session(mine.patientId(), mine.planId(), java.time.LocalDate.now(java.time.ZoneOffset.UTC), 3, 2, "s1");
        warning = records.warning(mine.patientId(), WarningSymptom.UPSET_STOMACH, "w1");
        charted = portal.patientWithPlan("Charted");
        records.flagWarning(charted.patientId());
        chartAlert = records.alert(charted.patientId(), ClinicianAlert.Kind.HIGH_PAIN);
        chartWarning = records.warning(charted.patientId(), WarningSymptom.TINGLING_ARMS, "cw1", "Left arm");
    }

    static List<String> pageRoutes() {
        return OpenApiRoutes.all().stream()
                .filter(r -> r.startsWith("GET ") && !r.startsWith("GET /api/") && !r.startsWith("GET /q/"))
                // the FHIR API answers FHIR JSON or XML, and the record download is a file: neither is a page
                .filter(r -> !r.startsWith("GET /fhir/") && !r.equals("GET /portal/record/download"))
                .sorted().toList();
    }

    @Test
    void everyPageIsOpened() {
        TreeSet<String> unopened = new TreeSet<>(pageRoutes());
        for (AuthorizationMatrixTest.Access access : AuthorizationMatrixTest.Access.values()) {
            if (access != AuthorizationMatrixTest.Access.PUBLIC && access != AuthorizationMatrixTest.Access.SIGNED_IN) {
                unopened.removeIf(route -> AuthorizationMatrixTest.EXPECTED.get(route) == access);
            }
        }
        unopened.removeIf(route -> AuthorizationMatrixTest.EXPECTED.get(route) == AuthorizationMatrixTest.Access.PUBLIC
                || AuthorizationMatrixTest.EXPECTED.get(route) == AuthorizationMatrixTest.Access.SIGNED_IN);
        assertTrue(unopened.isEmpty(), "page routes no caller opens: " + unopened);
        assertTrue(pageRoutes().size() > 20, "the route table lists the pages: " + pageRoutes());
    }

    /** Route templates and the addresses that open them, in pairs: more pairs than {@code Map.of} takes. */
    @SuppressWarnings("unchecked")
    static Map<String, List<String>> routes(Object... pairs) {
        Map<String, List<String>> routes = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            routes.put((String) pairs[i], (List<String>) pairs[i + 1]);
        }
        return routes;
    }

    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
    void clinicianPages() {
        long draft = Fixtures.anEvaluation(charted.patientId());
        // a discharged patient, whose episodes page offers a re-referral instead of a discharge
        long discharged = portal.patientWithPlan("Discharged").patientId();
        episodes.discharge(episodes.currentEpisode(discharged).orElseThrow().id(), new DischargeInput(
                java.time.LocalDate.now(java.time.ZoneOffset.UTC), DischargeReason.GOALS_MET, null, "Keep going.", 0));
        long open = outcomes.assigned(charted.patientId(), Instrument.VISA_P, Occasion.BASELINE);
        long taken = outcomes.taken(charted.patientId(), Instrument.LEFS, Occasion.BASELINE, "41",
                List.of(Scoring.Answer.of("q1", 2)));
        long signedReport = com.kneerehab.records.report.ReportFixtures.signed(charted.patientId());
        long draftReport = com.kneerehab.records.report.ReportFixtures.draft(charted.patientId());
        check(Roles.CLINICIAN, routes(
                "/clinic/reports", List.of("/clinic/reports?patient=" + charted.patientId()),
                "/clinic/reports/{id}", List.of("/clinic/reports/" + draftReport, "/clinic/reports/" + signedReport),
                "/clinic/reports/{id}/pdf", List.of("/clinic/reports/" + signedReport + "/pdf"),
                "/clinic/documents/plans/{id}/handout", List.of("/clinic/documents/plans/" + charted.planId() + "/handout"),
                "/clinic/documents/plans/{id}/plan", List.of("/clinic/documents/plans/" + charted.planId() + "/plan"),
                "/clinic/measures/new", List.of("/clinic/measures/new?patient=" + charted.patientId()),
                "/clinic/measures/{id}", List.of("/clinic/measures/" + open, "/clinic/measures/" + taken),
                "/clinic/patients/{id}", List.of("/clinic/patients/" + charted.patientId()),
                "/clinic/patients/{id}/edit", List.of("/clinic/patients/" + charted.patientId() + "/edit"),
                "/clinic/evaluations", List.of("/clinic/evaluations?patient=" + charted.patientId()),
                "/clinic/evaluations/new", List.of("/clinic/evaluations/new?patient=" + charted.patientId()),
                "/clinic/evaluations/{id}", List.of("/clinic/evaluations/" + draft,
                        "/clinic/evaluations/" + charted.evaluationId()),
                "/clinic/exercises/{id}/edit", List.of("/clinic/exercises/1/edit"),
                "/clinic/plans/new", List.of("/clinic/plans/new?patient=" + charted.patientId()),
                "/clinic/plans/{id}", List.of("/clinic/plans/" + charted.planId()),
                "/clinic/patients/{id}/warnings/{reportId}/acknowledgement",
                List.of("/clinic/patients/" + charted.patientId() + "/warnings/" + chartWarning + "/acknowledgement"),
                "/clinic/patients/{id}/alerts/{alertId}/acknowledgement",
                List.of("/clinic/patients/" + charted.patientId() + "/alerts/" + chartAlert + "/acknowledgement"),
                "/clinic/episodes", List.of("/clinic/episodes?patient=" + charted.patientId(),
                        "/clinic/episodes?patient=" + discharged)));
    }

    @Test
    @TestSecurity(user = "pat", roles = Roles.PATIENT)
    void patientPages() {
        long open = outcomes.assigned(mine.patientId(), Instrument.VISA_P, Occasion.BASELINE);
        outcomes.draft(open, List.of(Scoring.Answer.of("q1", 5)));
        long taken = outcomes.taken(mine.patientId(), Instrument.PSFS, Occasion.BASELINE, "4",
                List.of(Scoring.Answer.named("activity1", "Running", 4)));
        check(Roles.PATIENT, Map.of(
                "/portal/measures/{id}", List.of("/portal/measures/" + open, "/portal/measures/" + taken,
                        "/portal/measures/" + open + "?page=2"),
                "/portal/plans/{id}", List.of("/portal/plans/" + mine.planId()),
                "/portal/plans/{id}/print", List.of("/portal/plans/" + mine.planId() + "/print"),
                "/portal/warning/{id}", List.of("/portal/warning/" + warning)));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void adminPages() {
        check(Roles.ADMIN, Map.of(
                "/admin/accounts/{id}", List.of("/admin/accounts/" + records.accountId("pat"))));
    }

    /** Opens every page the role may see, filling a route's placeholders from {@code filled}. */
    private void check(String role, Map<String, List<String>> filled) {
        List<String> wrong = new ArrayList<>();
        int opened = 0;
        for (String route : pageRoutes()) {
            AuthorizationMatrixTest.Access access = AuthorizationMatrixTest.EXPECTED.get(route);
            boolean mayOpen = switch (access) {
                case PUBLIC, SIGNED_IN -> true;
                case CLINICIAN -> Roles.CLINICIAN.equals(role);
                case ADMIN -> Roles.ADMIN.equals(role);
                case PATIENT, PATIENT_OWN -> Roles.PATIENT.equals(role);
                case RECORD, READERS -> Roles.CLINICIAN.equals(role) || Roles.PATIENT.equals(role);
            };
            if (!mayOpen) {
                continue;
            }
            String path = route.substring("GET ".length());
            List<String> paths = filled.getOrDefault(path, path.contains("{") ? List.of() : List.of(path));
            if (paths.isEmpty()) {
                wrong.add(route + ": no record to open it with");
            }
            for (String url : paths) {
                opened++;
                var response = given().accept("text/html").when().get(url);
                String html = response.asString();
                if (response.statusCode() != 200) {
                    wrong.add(url + " answered " + response.statusCode());
                    continue;
                }
                if (INLINE_SCRIPT.matcher(html).find() || html.contains("style=\"") || html.contains("<style")) {
                    wrong.add(url + " has inline script or style");
                }
                if (FOREIGN_SCRIPT.matcher(html).find()) {
                    wrong.add(url + " loads a script from elsewhere than the application");
                }
                int forms = count(POST_FORM.matcher(html));
                int tokens = count(TOKEN.matcher(html));
                if (forms != tokens) {
                    wrong.add(url + " has " + forms + " posting forms but " + tokens + " anti-forgery tokens");
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(opened > 2, "pages opened as " + role + ": " + opened);
    }

    /** A script element without a source, or with code of its own: what the content-security policy refuses. */
    static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|<script[^>]*>[^<]*\\S[^<]*</script>");
    /** A script from another origin: only the application's own files (its webjars and /static) are allowed. */
    static final Pattern FOREIGN_SCRIPT = Pattern.compile("<script[^>]*\\bsrc=\"(?!/)");

    private static int count(Matcher matcher) {
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
