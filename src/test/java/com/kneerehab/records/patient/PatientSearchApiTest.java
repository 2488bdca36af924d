package com.kneerehab.records.patient;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding a patient as the front desk types: a full name in either order, part of a name, the MRN, a date
 * of birth in ISO or the clinic's format (dd.MM.yyyy in the test profile's default), a phone number in any
 * spacing; best matches first.
 */
@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class PatientSearchApiTest {

    @Inject
    TestDatabase db;

    long hannah;
    long hanna;
    long vera;
    long hank;
    long verhoevenVan;

    @BeforeEach
    void clinic() {
        db.reset();
        hannah = patient("Hannah", "Verhoeven", "1990-03-07", "+31 6 1234 5678");
        hanna = patient("Hanna", "Verhoevens", "1985-11-30", "020 555 0101");
        vera = patient("Vera", "Hannahs", "1990-03-07", null);
        hank = patient("Hank", "Verhoef", "1979-01-02", "(0044) 20 7946 0958");
        verhoevenVan = patient("Verhoeven", "van Dam", "1960-06-06", null);
    }

    @Test
    void aFullNameFindsThePersonInEitherOrder() {
        assertEquals(List.of(hannah), ids("Hannah Verhoeven"));
        assertEquals(List.of(hannah), ids("Verhoeven Hannah"));
        assertEquals(List.of(hannah), ids("verhoeven, hannah"), "as the list writes it, in any case");
        assertEquals(List.of(hannah), ids("  Hannah   Verhoeven "), "whatever the spacing");
        assertEquals(List.of(verhoevenVan), ids("Verhoeven van Dam"), "a family name of two words");
    }

    @Test
    void partOfANameFindsEveryoneItStartsAndRanksWholeNamesFirst() {
        // a whole family or given name comes before names that only start with it; then by family name
        assertEquals(List.of(verhoevenVan, hannah, hanna), ids("Verhoeven"));
        assertEquals(List.of(hannah, vera), ids("Hannah"));
        assertEquals(List.of(verhoevenVan, hank, hannah, hanna), ids("verho"));
        // the start of both names, in either order
        assertEquals(List.of(hank, hannah, hanna), ids("Han Verh"));
        assertEquals(List.of(hank, hannah, hanna), ids("Verh Han"));
        assertEquals(List.of(hannah), ids("Hannah Verh"));
    }

    @Test
    void anExactMedicalRecordNumberComesFirst() {
        String mrn = mrnOf(hannah);
        assertEquals(List.of(hannah), ids(mrn));
        assertEquals(List.of(hannah), ids(mrn.toLowerCase()));
        assertEquals(hannah, ids(mrn.substring(0, 9)).get(0), "the start of the number");
        assertEquals(hannah, ids(mrn.substring(2)).get(0), "the eight digits without KR");
    }

    @Test
    void aDateOfBirthInIsoOrTheClinicsFormat() {
        given().queryParam("q", "1990-03-07").when().get("/api/v1/patients").then().statusCode(200)
                .body("items.id", containsInAnyOrder((int) hannah, (int) vera));
        given().queryParam("q", "07.03.1990").when().get("/api/v1/patients").then().statusCode(200)
                .body("items.id", containsInAnyOrder((int) hannah, (int) vera));
        given().queryParam("q", "7.3.1990").when().get("/api/v1/patients").then().statusCode(200)
                .body("total", equalTo(2));
        given().queryParam("q", "31.02.1990").when().get("/api/v1/patients").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aPhoneNumberInAnySpacingWithOrWithoutItsCountryCode() {
        assertEquals(List.of(hannah), ids("+31 6 1234 5678"));
        assertEquals(List.of(hannah), ids("0612345678"), "typed the national way, without +31");
        assertEquals(List.of(hannah), ids("06-1234-5678"));
        assertEquals(List.of(hank), ids("020 7946 0958"));
        assertEquals(List.of(hanna), ids("5550101"));
        assertEquals(List.of(), ids("12345"), "too few digits to be a phone number");
    }

    @Test
    void wildcardsAreTakenLiterallyAndNothingMatchesNothing() {
        assertEquals(List.of(), ids("%"));
        assertEquals(List.of(), ids("Han_ah"));
        assertEquals(List.of(), ids("Zebedee"));
    }

    @Test
    void theClinicPageFindsTheSamePatients() {
        String html = given().accept("text/html").queryParam("q", "Verhoeven Hannah").when().get("/clinic/patients")
                .then().statusCode(200).extract().asString();
        assertTrue(html.contains("href=\"/clinic/patients/" + hannah + "\""), html);
        assertFalse(html.contains("href=\"/clinic/patients/" + hank + "\""), html);
    }

    private List<Long> ids(String q) {
        return given().queryParam("q", q).when().get("/api/v1/patients").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
    }

    private String mrnOf(long id) {
        return db.single("SELECT mrn FROM patient WHERE id = " + id);
    }

    private static long patient(String given, String family, String born, String phone) {
        Map<String, Object> body = Fixtures.patientJson(given, family);
        body.put("dateOfBirth", born);
        body.put("phone", phone);
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/patients")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
