package com.kneerehab.records.account;

import com.kneerehab.records.Records;
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

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin's pages, here against the development directory that stands in for Keycloak. */
@QuarkusTest
@TestSecurity(user = "admin", roles = Roles.ADMIN)
class AccountPagesTest {

    @Inject
    TestDatabase db;

    @Inject
    Records records;

    String mrn;

    @BeforeEach
    void clean() {
        db.reset();
        mrn = records.registered("Ola", "Nordmann").mrn;
    }

    @Test
    void createsAPatientAccountLinkedToTheRecordAndShowsThePasswordOnce() {
        Response created = FormClient.open("/admin/accounts/new?role=patient").post("/admin/accounts",
                Map.of("role", "patient", "username", "ola.n", "displayName", "Ola Nordmann",
                        "patientMrn", mrn));
        assertEquals(201, created.statusCode());
        assertEquals("no-store", created.header("Cache-Control"));
        assertTrue(created.asString().contains("class=\"secret\""));
        assertEquals(1, db.count("account", "username = 'ola.n' AND patient_id IS NOT NULL"));
        given().accept("text/html").when().get("/admin/accounts").then().statusCode(200)
                .body(containsString("ola.n"))
                .body(containsString("Development account directory"));
    }

    @Test
    void refusedFormsKeepTheirValuesAndSayWhy() {
        Response r = FormClient.open("/admin/accounts/new").post("/admin/accounts",
                Map.of("role", "patient", "username", "Bad Name", "displayName", "X", "patientMrn", "KR1"));
        assertEquals(422, r.statusCode());
        assertTrue(r.asString().contains("Lower-case letters"));
        assertEquals(0, db.count("account"));
    }

    @Test
    void deactivatesAndReactivatesAnAccount() {
        FormClient.open("/admin/accounts/new").post("/admin/accounts",
                Map.of("role", "clinician", "username", "temp.staff", "displayName", "Temp Staff"));
        long id = Long.parseLong(db.single("SELECT id FROM account WHERE username = 'temp.staff'"));
        Response r = FormClient.open("/admin/accounts/" + id).post("/admin/accounts/" + id + "/active",
                Map.of("active", "false", "version", 0));
        assertEquals(303, r.statusCode());
        assertEquals("0", db.single("SELECT active FROM account WHERE id = " + id));
        Response stale = FormClient.open("/admin/accounts/" + id).post("/admin/accounts/" + id + "/active",
                Map.of("active", "true", "version", 0));
        assertEquals(409, stale.statusCode());
    }
}
