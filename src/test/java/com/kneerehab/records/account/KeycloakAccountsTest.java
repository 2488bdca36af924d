package com.kneerehab.records.account;

import com.kneerehab.records.Records;
import com.kneerehab.records.Fixtures;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Account management against Keycloak's Admin API, including every way Keycloak can fail. */
@QuarkusTest
@TestProfile(WithKeycloak.class)
@TestSecurity(user = "admin", roles = Roles.ADMIN)
class KeycloakAccountsTest {

    @Inject
    TestDatabase db;

    @Inject
    Records records;

    KeycloakStub keycloak = KeycloakStub.get();

    @BeforeEach
    void setUp() {
        db.reset();
        keycloak.reset(KeycloakStub.Mode.NORMAL);
    }

    @AfterEach
    void dropTrigger() {
        db.execute("DROP TRIGGER IF EXISTS account_insert_fails");
        db.execute("DROP TRIGGER IF EXISTS account_update_fails");
        keycloak.reset(KeycloakStub.Mode.NORMAL);
    }

    static Map<String, Object> clinician(String username) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "Rae Okafor");
        body.put("email", username + "@clinic.example");
        body.put("role", "clinician");
        return body;
    }

    @Test
    void createsTheUserInKeycloakWithRoleAndTemporaryPasswordThenInTheTable() {
        given().contentType(ContentType.JSON).body(clinician("r.okafor"))
                .when().post("/api/v1/accounts")
                .then().statusCode(201)
                .header("Cache-Control", "no-store")
                .body("account.username", equalTo("r.okafor"))
                .body("account.active", equalTo(true))
                .body("temporaryPassword", matchesPattern("[A-Za-z0-9]{19}"));
        assertTrue(keycloak.saw("POST /admin/realms/clinic/users {"));
        assertTrue(keycloak.calls().stream().anyMatch(c -> c.contains("\"temporary\":true")
                && c.contains("UPDATE_PASSWORD") && c.contains("CONFIGURE_TOTP")));
        assertTrue(keycloak.calls().stream().anyMatch(c -> c.startsWith("POST") && c.contains("/role-mappings/realm ")
                && c.contains("clinician")));
        assertEquals(1, db.count("account", "username = 'r.okafor' AND subject <> ''"));
        assertEquals(1, db.count("audit_entry", "action = 'account.create' AND outcome = 'SUCCESS'"));
    }

    @Test
    void aDuplicateInKeycloakIsAClearMessageAndNothingIsKept() {
        keycloak.reset(KeycloakStub.Mode.DUPLICATE);
        given().contentType(ContentType.JSON).body(clinician("taken"))
                .when().post("/api/v1/accounts")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already exists"));
        assertEquals(0, db.count("account"));
    }

    @Test
    void anUnreachableKeycloakChangesNothing() {
        keycloak.goDown();
        given().contentType(ContentType.JSON).body(clinician("nobody"))
                .when().post("/api/v1/accounts")
                .then().statusCode(503)
                .body("title", equalTo("Sign-in service unreachable"));
        assertEquals(0, db.count("account"));
    }

    @Test
    void aFailureAfterKeycloakCreatedTheUserRemovesItAgain() {
        keycloak.reset(KeycloakStub.Mode.ROLE_FAILS);
        given().contentType(ContentType.JSON).body(clinician("half"))
                .when().post("/api/v1/accounts")
                .then().statusCode(502);
        assertTrue(keycloak.saw("DELETE /admin/realms/clinic/users/"), keycloak.calls().toString());
        assertEquals(0, db.count("account"));
    }

    @Test
    void aDatabaseFailureBeforeKeycloakIsCalledLeavesNothingAnywhere() {
        db.execute("CREATE TRIGGER account_insert_fails BEFORE INSERT ON account FOR EACH ROW "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'disk full'");
        given().contentType(ContentType.JSON).body(clinician("lost"))
                .when().post("/api/v1/accounts")
                .then().statusCode(409);
        assertTrue(keycloak.calls().stream().noneMatch(c -> c.startsWith("POST /admin/realms/clinic/users ")),
                keycloak.calls().toString());
        assertEquals(0, db.count("account"));
        assertEquals(0, db.count("audit_entry", "action = 'account.create' AND outcome = 'SUCCESS'"));
        assertEquals(1, db.count("audit_entry", "action = 'account.create' AND outcome = 'FAILED'"));
    }

    @Test
    void aDatabaseFailureAfterKeycloakCreatedTheUserRemovesItFromKeycloak() {
        db.execute("CREATE TRIGGER account_update_fails BEFORE UPDATE ON account FOR EACH ROW "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'disk full'");
        given().contentType(ContentType.JSON).body(clinician("lost"))
                .when().post("/api/v1/accounts")
                .then().statusCode(409);
        assertTrue(keycloak.saw("DELETE /admin/realms/clinic/users/"), keycloak.calls().toString());
        assertTrue(!keycloak.hasUser("lost"));
        assertEquals(0, db.count("account"));
        assertEquals(1, db.count("audit_entry", "action = 'account.create' AND outcome = 'FAILED'"));
        assertEquals(1, db.count("account_change", "kind = 'create' AND state = 'UNDONE'"));
    }

    @Test
    void deactivatingDisablesTheUserAndEndsItsSessions() {
        long id = given().contentType(ContentType.JSON).body(clinician("leaver"))
                .when().post("/api/v1/accounts").then().statusCode(201)
                .extract().jsonPath().getLong("account.id");
        given().contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/accounts/{id}/deactivation", id)
                .then().statusCode(200).body("active", equalTo(false));
        assertTrue(keycloak.calls().stream().anyMatch(c -> c.startsWith("PUT") && c.contains("\"enabled\":false")));
        assertTrue(keycloak.saw("POST /admin/realms/clinic/users/") && keycloak.calls().stream()
                .anyMatch(c -> c.contains("/logout")));
    }

    @Test
    void aKeycloakFailureWhileDeactivatingLeavesTheAccountActive() {
        long id = given().contentType(ContentType.JSON).body(clinician("stays"))
                .when().post("/api/v1/accounts").then().statusCode(201)
                .extract().jsonPath().getLong("account.id");
        keycloak.reset(KeycloakStub.Mode.UPDATE_FAILS);
        given().contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/accounts/{id}/deactivation", id)
                .then().statusCode(502);
        assertEquals("1", db.single("SELECT active FROM account WHERE id = " + id));
        // the attempt and its undoing are both in the trail, and the intent is settled
        assertEquals(1, db.count("audit_entry", "action = 'account.deactivate' AND outcome = 'SUCCESS'"));
        assertEquals(1, db.count("audit_entry", "action = 'account.deactivate' AND outcome = 'FAILED'"));
        assertEquals(1, db.count("account_change", "kind = 'active' AND state = 'UNDONE'"));
        assertEquals(0, db.count("account_change", "state = 'PENDING'"));
    }

    @Inject
    AccountChanges changes;

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    com.kneerehab.records.audit.AuditLog audit;

    /**
     * The application stopped after committing a deactivation (account, intent, entry) and before Keycloak
     * heard of it: on taking the intent up again, Keycloak follows and the intent is finished.
     */
    @Test
    void aDeactivationCutShortByARestartReachesKeycloakAfterwards() {
        long id = given().contentType(ContentType.JSON).body(clinician("cut.short"))
                .when().post("/api/v1/accounts").then().statusCode(201)
                .extract().jsonPath().getLong("account.id");
        keycloak.reset(KeycloakStub.Mode.NORMAL);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE account SET active = FALSE, version = version + 1 WHERE id = " + id).executeUpdate();
            changes.begin(id, AccountChanges.ACTIVE, "true", "false");
            audit.success("account.deactivate", AccountService.RECORD, id, null);
        });
        assertTrue(keycloak.calls().stream().noneMatch(c -> c.contains("\"enabled\":false")));
        assertEquals(0, changes.recover(java.time.Duration.ofMinutes(5)), "a change still in flight is left alone");
        assertEquals(1, changes.recover(java.time.Duration.ZERO));
        assertTrue(keycloak.calls().stream().anyMatch(c -> c.startsWith("PUT") && c.contains("\"enabled\":false")));
        assertEquals(1, db.count("account_change", "kind = 'active' AND state = 'DONE' AND account_id = " + id));
        assertEquals("0", db.single("SELECT active FROM account WHERE id = " + id));
        assertEquals(1, db.count("audit_entry", "action = 'account.deactivate' AND outcome = 'SUCCESS'"));
    }

    /**
     * The application stopped after Keycloak made the user and before the account was finished: the
     * creation is undone everywhere (its temporary password was never shown), with a FAILED entry.
     */
    @Test
    void aCreationCutShortByARestartIsUndoneEverywhere() {
        keycloak.addUser("half.made");
        long id = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("INSERT INTO account (subject, username, display_name, role, active, created_at,"
                    + " updated_at, version) VALUES ('pending:x', 'half.made', 'Half Made', 'clinician', TRUE,"
                    + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0)").executeUpdate();
            long account = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
            changes.begin(account, AccountChanges.CREATE, null, "clinician");
            audit.success("account.create", AccountService.RECORD, account, null);
            return account;
        });
        assertEquals(1, changes.recover(java.time.Duration.ZERO));
        assertTrue(!keycloak.hasUser("half.made"), keycloak.calls().toString());
        assertEquals(0, db.count("account", "id = " + id));
        assertEquals(1, db.count("account_change", "kind = 'create' AND state = 'UNDONE'"));
        assertEquals(1, db.count("audit_entry", "action = 'account.create' AND outcome = 'FAILED' AND record_id = " + id));
    }

    @Test
    void aPatientAccountOpensExactlyOneExistingRecord() {
        String mrn = records.registered("Lee", "Walker").mrn;
        Map<String, Object> patient = new HashMap<>(Map.of("username", "lee.walker", "displayName", "Lee Walker",
                "role", "patient", "patientMrn", mrn.toLowerCase()));
        given().contentType(ContentType.JSON).body(patient).when().post("/api/v1/accounts")
                .then().statusCode(201).body("account.patientMrn", equalTo(mrn));
        patient.put("username", "lee.again");
        given().contentType(ContentType.JSON).body(patient).when().post("/api/v1/accounts")
                .then().statusCode(422).body("errors.field", hasItem("patientMrn"));
        patient.put("patientMrn", "KR99999999");
        given().contentType(ContentType.JSON).body(patient).when().post("/api/v1/accounts")
                .then().statusCode(422).body("errors[0].message", containsString("No patient"));
        assertEquals(1, db.count("account"));
        assertEquals(1, keycloak.calls().stream().filter(c -> c.startsWith("POST /admin/realms/clinic/users {")).count(),
                "refused requests never reach Keycloak");
    }

    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
    void onlyAdminsManageAccounts() {
        Fixtures.aPatient();
        given().contentType(ContentType.JSON).body(clinician("sneaky")).when().post("/api/v1/accounts")
                .then().statusCode(403);
        assertEquals(0, db.count("account"));
    }
}
