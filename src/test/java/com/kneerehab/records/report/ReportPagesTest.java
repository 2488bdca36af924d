package com.kneerehab.records.report;

import com.kneerehab.records.platform.FormClient;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report page's forms posted as a browser posts them (anti-forgery token, form encoding, no redirects
 * followed): the texts are saved after a signature was refused for their absence, then the report is signed.
 */
@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class ReportPagesTest {

    private static final Pattern TEXTS_VERSION = Pattern.compile(
            "<form method=\"post\" action=\"/clinic/reports/\\d+\" novalidate>\\s*<input type=\"hidden\" name=\"csrf-token\" value=\"[^\"]*\"\\s*/?>\\s*<input type=\"hidden\" name=\"version\" value=\"(\\d+)\">");

    @Inject
    TestDatabase db;

    @Inject
    ReportFixtures fixtures;

    long reportId;

    @BeforeEach
    void setUp() {
        db.reset();
        reportId = ReportFixtures.draft(fixtures.charted("Ada", "Runner").patientId());
    }

    @Test
    void theTextsRefusedForSigningAreSavedFromThePageTheRefusalShows() {
        String path = "/clinic/reports/" + reportId;
        FormClient forms = FormClient.open(path);
        Response refused = forms.post(path + "/sign", Map.of("version", ReportFixtures.version(reportId)));
        assertEquals(422, refused.statusCode(), refused.asString());
        String page = refused.asString();
        assertTrue(page.contains("id=\"assessment-error\""), page);

        Response saved = forms.post(path, Map.of("version", textsVersion(page),
                "referralReason", "Knee pain on downhill runs.",
                "assessment", "Kneecap pain settling as hip control improves.",
                "nextSteps", "Four more weeks of the plan."));
        assertEquals(303, saved.statusCode(), saved.asString());
        String location = saved.getHeader("Location");
        assertTrue(location.endsWith(path + "?notice=report-saved#yours"), location);
        given().accept("text/html").when().get(location.replaceAll("#.*$", "")).then().statusCode(200)
                .body(containsString("The progress report is saved."))
                .body(containsString("Kneecap pain settling as hip control improves."));

        Response signed = forms.post(path + "/sign", Map.of("version", ReportFixtures.version(reportId)));
        assertEquals(303, signed.statusCode(), signed.asString());
        assertTrue(signed.getHeader("Location").endsWith(path + "?notice=report-signed"), signed.getHeader("Location"));
        assertEquals(1, db.count("audit_entry", "action = 'report.sign' AND outcome = 'SUCCESS'"));
    }

    /** The version the texts form on a rendered page sends back. */
    private static int textsVersion(String page) {
        Matcher m = TEXTS_VERSION.matcher(page);
        assertTrue(m.find(), "no texts form with a version on the page:\n" + page);
        return Integer.parseInt(m.group(1));
    }
}
