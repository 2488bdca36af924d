package com.kneerehab.records.e2e;

import com.kneerehab.records.Records;
import com.kneerehab.records.outcome.Instrument;
import com.kneerehab.records.outcome.Occasion;
import com.kneerehab.records.outcome.OutcomeFixtures;
import com.kneerehab.records.outcome.Scoring;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientInput;
import com.kneerehab.records.patient.PatientService;
import com.kneerehab.records.patient.ReferrerInput;
import com.kneerehab.records.platform.TestDatabase;
import com.kneerehab.records.portal.PortalFixtures;
import com.kneerehab.records.report.Pdfs;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;

import static com.kneerehab.records.e2e.KeycloakServer.CLINICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A clinician signed in through Keycloak drafts a progress report for the referring physician from the
 * patient's chart, writes the assessment, signs it and downloads the PDF, which carries the patient, the pain
 * sources and the score change and is tagged for accessibility. Screenshots: the signed report's page and the
 * first page of the PDF.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class ProgressReportBrowserIT {

    /** Signs the clinician in on Keycloak's own pages (password and one-time code); returns the name shown. */
    String signInClinician(Browser browser) {
        KeycloakSignIn.signIn(browser, CLINICIAN);
        return CLINICIAN.firstName() + " " + CLINICIAN.lastName();
    }

    @TestHTTPResource("/")
    URL app;

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures fixtures;

    @Inject
    OutcomeFixtures outcomes;

    @Inject
    PatientService patients;

    @Inject
    Records records;

    long patientId;

    @BeforeEach
    void setUp() {
        db.reset();
        PortalFixtures.Linked linked = fixtures.patientWithPlan("Reported");
        patientId = linked.patientId();
        Patient p = patients.require(patientId);
        patients.update(patientId, new PatientInput(p.givenName, p.familyName, p.dateOfBirth, p.sex, p.phone, p.email,
                p.affectedSide, "Anterior knee pain on stairs and downhill running.", null, p.version,
                new ReferrerInput("Dr Imogen Hart", "Riverside Sports Medicine", "12 Mill Lane\nLeeds LS1 4AB",
                        null, "+44 113 496 0000", null)));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        records.session(patientId, linked.planId(), today.minusDays(4), "1,2", 5, 4, "r-1");
        records.session(patientId, linked.planId(), today.minusDays(2), "1,2", 3, 2, "r-2");
        List<Scoring.Answer> answers = IntStream.rangeClosed(1, 20).mapToObj(i -> Scoring.Answer.of("q" + i, 2)).toList();
        outcomes.taken(patientId, Instrument.LEFS, Occasion.BASELINE, "41", answers);
        outcomes.taken(patientId, Instrument.LEFS, Occasion.REVIEW, "55", answers);
    }

    @Test
    void theClinicianDraftsSignsAndDownloadsTheProgressReport() {
        try (Browser browser = Browser.open(app)) {
            String clinician = signInClinician(browser);
            browser.go("/clinic/patients/" + patientId);
            assertTrue(browser.text(By.tagName("main")).contains("Dr Imogen Hart"), "the referrer is on the chart");
            browser.click(By.linkText("Progress reports"), "/clinic/reports");
            browser.submit(By.cssSelector("form[action='/clinic/reports'] button[type=submit]"));
            assertTrue(browser.path().matches("/clinic/reports/\\d+\\?notice=report-drafted"), browser.path());
            long reportId = Long.parseLong(browser.path().replaceAll("^/clinic/reports/(\\d+).*$", "$1"));
            String drafted = browser.text(By.cssSelector("article.report"));
            assertTrue(drafted.contains("Kneecap (patellofemoral)"), drafted);
            assertTrue(drafted.contains("LEFS 41 → 55 (+14)"), drafted);
            assertTrue(drafted.contains("Anterior knee pain on stairs"), drafted);
            // wide tables scroll in their own box: a page wider than the phone moves the button a tap aims at
            assertTrue(browser.pageWidth() <= Browser.PHONE_WIDTH, "the report is " + browser.pageWidth() + " px wide on a phone");

            // signing before the clinician's parts are written is refused on the fields themselves
            browser.submit(By.cssSelector("form[action='/clinic/reports/" + reportId + "/sign'] button"));
            assertTrue(browser.find(By.id("assessment-error")).getText().contains("Write your assessment"));

            browser.type(By.id("assessment"), "Kneecap pain settling as hip control improves; LEFS up 14 points.");
            browser.type(By.id("nextSteps"), "Four more weeks of the plan, then a graded return to running.");
            browser.submit(By.cssSelector("form[action='/clinic/reports/" + reportId + "'] button"));
            assertEquals("The progress report is saved.", browser.text(By.cssSelector("p.notice")));
            browser.submit(By.cssSelector("form[action='/clinic/reports/" + reportId + "/sign'] button"));
            assertTrue(browser.text(By.cssSelector("p.notice")).startsWith("The progress report is signed."));
            assertTrue(browser.all(By.id("assessment")).isEmpty(), "a signed report has no form for its text");
            assertTrue(browser.text(By.cssSelector("article.report")).contains("Signed electronically by " + clinician));
            browser.screenshot("report-01-signed");

            // the download, as the browser fetches it with the clinician's session
            String href = browser.find(By.linkText("Download PDF")).getAttribute("href");
            assertTrue(href.endsWith("/clinic/reports/" + reportId + "/pdf"), href);
            byte[] pdf = fetch(browser, "/clinic/reports/" + reportId + "/pdf");
            String text = Pdfs.text(pdf);
            assertTrue(text.contains("Pat Reported"), text);
            assertTrue(text.contains("Kneecap (patellofemoral)"), text);
            assertTrue(text.contains("+14"), text);
            assertTrue(text.contains(clinician), text);
            Pdfs.assertAccessible(pdf, "en", "Progress report");
            Pdfs.screenshot(pdf, "report-02-pdf-first-page");

            // the sending is recorded on the signed report
            browser.find(By.cssSelector("#send-method option[value=FAX]")).click();
            browser.submit(By.cssSelector("form[action='/clinic/reports/" + reportId + "/sendings'] button"));
            assertTrue(browser.text(By.id("sending")).contains("Fax, to Dr Imogen Hart, Riverside Sports Medicine"));
        }
        assertEquals(1, db.count("audit_entry", "action = 'report.download'"));
        assertEquals(1, db.count("audit_entry", "action = 'report.sign'"));
        assertFalse(db.single("SELECT content_hash FROM progress_report").isBlank());
    }

    /** The bytes the browser receives for a path of the application, asked with its session cookie. */
    private static byte[] fetch(Browser browser, String path) {
        Object encoded = browser.script("return fetch(arguments[0], {credentials: 'same-origin'})"
                + ".then(r => { if (!r.ok) throw new Error('HTTP ' + r.status); return r.arrayBuffer(); })"
                + ".then(b => { const bytes = new Uint8Array(b); let s = '';"
                + " for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]); return btoa(s); })", path);
        return Base64.getDecoder().decode((String) encoded);
    }
}
