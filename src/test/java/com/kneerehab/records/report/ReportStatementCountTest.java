package com.kneerehab.records.report;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A report's routes issue as many statements for a report with one addendum and one sending as for one with
 * many, and the due list as many for a clinic of three patients as for one of thirty. These routes are left
 * out of the general statement count, which has no report in its clinic.
 */
@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
public class ReportStatementCountTest {

    public static final Set<String> ROUTES = Set.of("GET /clinic/reports/{id}", "GET /clinic/reports/{id}/pdf",
            "GET /api/v1/reports/{id}");

    @Inject
    TestDatabase db;

    @Inject
    ReportFixtures fixtures;

    @Inject
    EntityManagerFactory emf;

    @BeforeEach
    void setUp() {
        db.reset();
    }

    @Test
    void aReportIsReadWithAFixedNumberOfStatements() {
        ReportFixtures.Charted charted = fixtures.charted("Count", "Ed");
        long id = ReportFixtures.signed(charted.patientId());
        addendumAndSending(id, 0);
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("GET /clinic/reports/{id}", "/clinic/reports/" + id);
        paths.put("GET /clinic/reports/{id}/pdf", "/clinic/reports/" + id + "/pdf");
        paths.put("GET /api/v1/reports/{id}", "/api/v1/reports/" + id);
        assertEquals(ROUTES, paths.keySet());
        Map<String, Long> before = new LinkedHashMap<>();
        paths.forEach((route, path) -> before.put(route, statementsFor(path)));
        for (int i = 1; i <= 4; i++) {
            addendumAndSending(id, i);
        }
        paths.forEach((route, path) -> assertEquals(before.get(route), statementsFor(path), route));
    }

    @Test
    void theDueListIsOneStatementWhateverTheClinic() {
        for (int i = 0; i < 3; i++) {
            dueOne("Few" + i);
        }
        long few = statementsFor("/api/v1/reports/due");
        for (int i = 0; i < 12; i++) {
            dueOne("Many" + i);
        }
        assertEquals(few, statementsFor("/api/v1/reports/due"));
        assertEquals(15, given().when().get("/api/v1/reports/due").then().statusCode(200)
                .extract().jsonPath().getList("patientId").size());
    }

    private static void dueOne(String family) {
        long patient = Fixtures.aPatient("Due", family);
        for (int v = 0; v < 10; v++) {
            Fixtures.anEvaluation(patient);
        }
    }

    private static void addendumAndSending(long id, int n) {
        given().contentType(ContentType.JSON).body(Map.of("text", "Note " + n, "reason", "Detail"))
                .when().post("/api/v1/reports/{id}/addenda", id).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("sentOn", LocalDate.now().toString(), "method",
                List.of("FAX", "LETTER", "EMAIL", "PORTAL").get(n % 4))).when().post("/api/v1/reports/{id}/sendings", id)
                .then().statusCode(200);
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
}
