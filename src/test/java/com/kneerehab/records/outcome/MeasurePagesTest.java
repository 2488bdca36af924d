package com.kneerehab.records.outcome;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.platform.FormClient;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clinician's measure pages: assign a measure from the chart for an occasion, enter the answers in the
 * office on the patient's behalf (recorded as entered by the clinician), and read every submitted response
 * with its answers; the chart lists the measures with their scores.
 */
@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class MeasurePagesTest {

    static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @Inject
    TestDatabase db;

    @Inject
    OutcomeFixtures outcomes;

    long patient;

    @BeforeEach
    void setUp() {
        db.reset();
        patient = Fixtures.aPatient("Mara", "Measured");
    }

    @Test
    void aMeasureIsAssignedFromTheChartAndListedThere() {
        String chart = page("/clinic/patients/" + patient);
        assertTrue(chart.contains("href=\"/clinic/measures/new?patient=" + patient + "\""), chart);
        assertTrue(chart.contains("No measures assigned yet."));

        Response assigned = assign(Map.of("instrument", "LEFS", "occasion", "BASELINE", "dueDate", TODAY));
        assertEquals(303, assigned.statusCode(), assigned.asString());
        String location = assigned.getHeader("Location");
        assertTrue(location.matches(".*/clinic/measures/\\d+\\?notice=measure-assigned"), location);
        String measure = page(location.substring(location.indexOf("/clinic/")));
        assertTrue(measure.contains("The measure is assigned."), measure);
        assertTrue(measure.contains("Lower Extremity Functional Scale"));
        assertTrue(measure.contains("Not yet answered"));

        String listed = page("/clinic/patients/" + patient);
        assertTrue(listed.contains(">LEFS</a>"), listed);
        assertTrue(listed.contains("Baseline"));
        assertEquals("BASELINE", db.single("SELECT occasion FROM outcome_assignment WHERE patient_id = " + patient));
    }

    @Test
    void anAssignmentRefusedComesBackWithItsMessagesAndWhatWasChosen() {
        Response missing = assign(Map.of("occasion", "REVIEW", "dueDate", TODAY));
        assertEquals(422, missing.statusCode());
        assertTrue(missing.asString().contains("id=\"instrument-error\""), missing.asString());
        assertTrue(missing.asString().contains("id=\"occasion-REVIEW\" name=\"occasion\" value=\"REVIEW\" checked"));

        Response past = assign(Map.of("instrument", "NPRS", "occasion", "BASELINE", "dueDate", "2001-01-01"));
        assertEquals(422, past.statusCode());
        assertTrue(past.asString().contains("The due date cannot be before the date it is assigned"));
        assertTrue(past.asString().contains("value=\"2001-01-01\""));

        assertEquals(303, assign(Map.of("instrument", "NPRS", "occasion", "BASELINE", "dueDate", TODAY)).statusCode());
        Response twice = assign(Map.of("instrument", "NPRS", "occasion", "BASELINE", "dueDate", TODAY));
        assertEquals(409, twice.statusCode());
        assertTrue(twice.asString().contains("NPRS is already assigned to this patient and not yet answered."));
        assertEquals(1, db.count("outcome_assignment", "patient_id = " + patient));
    }

    @Test
    void theClinicianEntersTheAnswersOnThePatientsBehalfAndReadsThemBack() {
        long lefs = outcomes.assigned(patient, Instrument.LEFS, Occasion.BASELINE);
        // answers the patient saved at home are filled in
        outcomes.draft(lefs, List.of(Scoring.Answer.of("q1", 2)));
        String form = page("/clinic/measures/" + lefs);
        assertTrue(form.contains("Enter the answers on the patient&#39;s behalf")
                || form.contains("Enter the answers on the patient's behalf"), form);
        assertTrue(form.contains("id=\"q1-2\" name=\"q1\" value=\"2\" checked"));

        Map<String, String> answers = new HashMap<>();
        int[] values = {2, 3, 1, 4, 3, 1, 2, 4, 1, 3, 2, 1, 2, 3, 3, 0, 0, 0, 2, 4};
        for (int q = 1; q <= 20; q++) {
            answers.put("q" + q, String.valueOf(values[q - 1]));
        }
        Response entered = FormClient.open("/clinic/measures/" + lefs).post("/clinic/measures/" + lefs + "/responses",
                answers);
        assertEquals(303, entered.statusCode(), entered.asString());
        assertEquals("CLINICIAN", db.single("SELECT answered_by FROM outcome_response WHERE assignment_id = " + lefs));
        assertEquals("41.0", db.single("SELECT score FROM outcome_response WHERE assignment_id = " + lefs));

        String read = page("/clinic/measures/" + lefs + "?notice=measure-entered");
        assertTrue(read.contains("The answers are submitted and scored."));
        assertTrue(read.contains("Response 1: score 41.0"), read);
        assertTrue(read.contains("on the patient&#39;s behalf") || read.contains("on the patient's behalf"));
        assertTrue(read.contains("<td>Walking a mile.</td><td>Quite a bit of difficulty</td><td>1</td>"), read);
        assertFalse(read.contains("action=\"/clinic/measures/" + lefs + "/responses\""), "no form once submitted");
        assertTrue(page("/clinic/patients/" + patient).contains("<td>41.0</td>"));
    }

    @Test
    void anEntryRefusedKeepsWhatWasTypedAndSavesNothing() {
        long kujala = outcomes.assigned(patient, Instrument.KUJALA, Occasion.BASELINE);
        Response refused = FormClient.open("/clinic/measures/" + kujala).post("/clinic/measures/" + kujala + "/responses",
                Map.of("limp", "5", "support", "4"));
        assertEquals(422, refused.statusCode());
        String html = refused.asString();
        assertTrue(html.contains("id=\"support-error\">Choose one of the answers offered"), html);
        assertTrue(html.contains("id=\"walking-error\">Answer this question"));
        assertTrue(html.contains("id=\"limp-5\" name=\"limp\" value=\"5\" checked"));
        assertEquals(0, db.count("outcome_response", "assignment_id = " + kujala));
    }

    private static String page(String path) {
        return given().accept("text/html").when().get(path).then().statusCode(200).extract().asString();
    }

    private Response assign(Map<String, String> fields) {
        Map<String, Object> form = new HashMap<>(fields);
        form.put("patientId", String.valueOf(patient));
        return FormClient.open("/clinic/measures/new?patient=" + patient).post("/clinic/measures", form);
    }
}
