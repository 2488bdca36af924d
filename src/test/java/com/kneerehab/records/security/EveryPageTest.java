package com.kneerehab.records.security;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.Records;
import com.kneerehab.records.alert.ClinicianAlert;
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

    PortalFixtures.Linked mine;
    PortalFixtures.Linked charted;
    long warning;

    @BeforeEach
    void records() {
        db.reset();
        mine = portal.patientWithPlan("pat", "Mine");
        records.session(mine.patientId(), mine.planId(), java.time.LocalDate.now(java.time.ZoneOffset.UTC), 3, 2, "s1");
        warning = records.warning(mine.patientId(), WarningSymptom.UPSET_STOMACH, "w1");
        charted = portal.patientWithPlan("Charted");
        records.flagWarning(charted.patientId());
        records.alert(charted.patientId(), ClinicianAlert.Kind.HIGH_PAIN, "Pain 8 after a session");
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

    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
    void clinicianPages() {
        long draft = Fixtures.anEvaluation(charted.patientId());
        check(Roles.CLINICIAN, Map.of(
                "/clinic/patients/{id}", List.of("/clinic/patients/" + charted.patientId()),
                "/clinic/patients/{id}/edit", List.of("/clinic/patients/" + charted.patientId() + "/edit"),
                "/clinic/evaluations/new", List.of("/clinic/evaluations/new?patient=" + charted.patientId()),
                "/clinic/evaluations/{id}", List.of("/clinic/evaluations/" + draft,
                        "/clinic/evaluations/" + charted.evaluationId()),
                "/clinic/exercises/{id}/edit", List.of("/clinic/exercises/1/edit"),
                "/clinic/plans/new", List.of("/clinic/plans/new?patient=" + charted.patientId()),
                "/clinic/plans/{id}", List.of("/clinic/plans/" + charted.planId())));
    }

    @Test
    @TestSecurity(user = "pat", roles = Roles.PATIENT)
    void patientPages() {
        check(Roles.PATIENT, Map.of(
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
                if (html.contains("<script") || html.contains("style=\"") || html.contains("<style")) {
                    wrong.add(url + " has inline script or style");
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

    private static int count(Matcher matcher) {
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
