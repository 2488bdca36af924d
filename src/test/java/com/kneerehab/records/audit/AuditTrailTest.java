package com.kneerehab.records.audit;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.platform.FormClient;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit trail is append-only and tamper-evident: altering, inserting or deleting rows is detected. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    TestDatabase db;

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditLog audit;

    @Inject
    AuditChain chain;

    List<Long> ids;

    @BeforeEach
    void fiveEntries() {
        db.reset();
        for (int i = 0; i < 5; i++) {
            audit.append("clinician", Roles.CLINICIAN, "patient.read", "patient", 10L + i, 10L + i,
                    AuditLog.Outcome.SUCCESS, "127.0.0.1");
        }
        ids = List.of(db.single("SELECT GROUP_CONCAT(id ORDER BY id) FROM audit_entry").split(",")).stream()
                .map(Long::valueOf).toList();
    }

    @Test
    void anUntouchedTrailVerifies() {
        AuditVerifier.Result result = verifier.verify();
        assertTrue(result.intact(), result.problem());
        assertEquals(5, result.checked());
    }

    /** Many callers at once: each returns with its own entry written once, in one unbroken chain. */
    @Test
    void concurrentAppendsFormOneChainWithEveryEntryOnce() throws Exception {
        int callers = 16;
        int each = 40;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int c = 0; c < callers; c++) {
                long caller = 1000 + c;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        audit.append("clinician", Roles.CLINICIAN, "chart.read", "patient", caller * 100 + i, caller,
                                AuditLog.Outcome.SUCCESS, "127.0.0.1");
                    }
                }));
            }
            for (var f : done) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        AuditVerifier.Result result = verifier.verify();
        assertTrue(result.intact(), result.problem());
        assertEquals(5 + callers * each, result.checked());
        assertEquals(String.valueOf(callers * each), db.single(
                "SELECT COUNT(DISTINCT record_id) FROM audit_entry WHERE action = 'chart.read'"));
        assertEquals(db.single("SELECT MAX(id) FROM audit_entry"),
                db.single("SELECT last_id FROM audit_chain_head WHERE id = 1"));
    }

    @Test
    void appendsFollowAnEntryThatAnotherReplicaSealed() {
        // another replica of the application seals the next entry and moves the chain head
        AuditEntry other = new AuditEntry();
        other.id = Long.parseLong(db.single("SELECT last_id FROM audit_chain_head WHERE id = 1")) + 1;
        other.occurredAt = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        other.subject = "clinician";
        other.role = Roles.CLINICIAN;
        other.action = "chart.read";
        other.recordType = "patient";
        other.recordId = 99L;
        other.patientId = 99L;
        other.outcome = "SUCCESS";
        other.clientAddress = "127.0.0.2";
        other.previousHash = db.single("SELECT last_hash FROM audit_chain_head WHERE id = 1");
        other.hash = chain.hash(other);
        db.execute("INSERT INTO audit_entry (id, occurred_at, subject, role, action, record_type, record_id, patient_id,"
                + " outcome, client_address, previous_hash, hash) VALUES (" + other.id + ", '"
                + java.time.LocalDateTime.ofInstant(other.occurredAt, java.time.ZoneOffset.UTC) + "', 'clinician',"
                + " 'clinician', 'chart.read', 'patient', 99, 99, 'SUCCESS', '127.0.0.2', '" + other.previousHash + "', '"
                + other.hash + "')");
        db.execute("UPDATE audit_chain_head SET last_id = " + other.id + ", last_hash = '" + other.hash + "' WHERE id = 1");

        // this replica's next append continues after it, not after the head it last wrote itself
        audit.append("clinician", Roles.CLINICIAN, "patient.read", "patient", 15L, 15L, AuditLog.Outcome.SUCCESS,
                "127.0.0.1");
        AuditVerifier.Result result = verifier.verify();
        assertTrue(result.intact(), result.problem());
        assertEquals(7, result.checked());
    }

    @Test
    void namesAnAlteredEntry() {
        db.execute("UPDATE audit_entry SET subject = 'someone-else' WHERE id = " + ids.get(2));
        AuditVerifier.Result result = verifier.verify();
        assertFalse(result.intact());
        assertEquals(ids.get(2), result.firstBadId());
        assertTrue(result.problem().contains("altered"));
    }

    @Test
    void namesAnEntryWhoseOutcomeWasRewritten() {
        db.execute("UPDATE audit_entry SET outcome = 'SUCCESS', hash = previous_hash WHERE id = " + ids.get(1));
        assertEquals(ids.get(1), verifier.verify().firstBadId());
    }

    @Test
    void namesAnInsertedEntry() {
        String lastHash = db.single("SELECT hash FROM audit_entry WHERE id = " + ids.get(4));
        db.execute("INSERT INTO audit_entry (id, occurred_at, subject, role, action, record_type, outcome, previous_hash, hash)"
                + " VALUES (" + (ids.get(4) + 1) + ", UTC_TIMESTAMP(6), 'intruder', 'admin', 'patient.read', 'patient',"
                + " 'SUCCESS', '" + lastHash + "', SHA2('forged', 256))");
        db.execute("UPDATE audit_chain_head SET last_id = " + (ids.get(4) + 1) + ", last_hash = SHA2('forged', 256)");
        AuditVerifier.Result result = verifier.verify();
        assertFalse(result.intact());
        assertEquals(ids.get(4) + 1, result.firstBadId());
    }

    @Test
    void namesTheEntryAfterADeletedOne() {
        db.execute("DELETE FROM audit_entry WHERE id = " + ids.get(1));
        AuditVerifier.Result result = verifier.verify();
        assertFalse(result.intact());
        assertEquals(ids.get(2), result.firstBadId());
        assertTrue(result.problem().contains("deleted"));
    }

    @Test
    void detectsThatTheNewestEntriesWereDeleted() {
        db.execute("DELETE FROM audit_entry WHERE id >= " + ids.get(3));
        AuditVerifier.Result result = verifier.verify();
        assertFalse(result.intact());
        assertEquals(ids.get(4), result.firstBadId());
        assertTrue(result.problem().contains("missing"));
    }

    @Test
    void detectsThatTheFirstEntryWasDeleted() {
        db.execute("DELETE FROM audit_entry WHERE id = " + ids.get(0));
        assertEquals(ids.get(1), verifier.verify().firstBadId());
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void adminsBrowseFilterAndVerifyTheTrail() {
        given().queryParam("patientId", 12).when().get("/api/v1/audit")
                .then().statusCode(200).body("entries.patientId", everyItem(equalTo(12)));
        given().accept("text/html").queryParam("user", "clinician").when().get("/admin/audit")
                .then().statusCode(200).body(containsString("patient.read"));
        db.execute("UPDATE audit_entry SET action = 'patient.search' WHERE id = " + ids.get(3));
        given().contentType("application/json").when().post("/api/v1/audit/verification")
                .then().statusCode(200).body("intact", equalTo(false)).body("firstBadId", equalTo(ids.get(3).intValue()));
        String page = FormClient.open("/admin/audit").post("/admin/audit/verification", java.util.Map.of()).asString();
        assertTrue(page.contains("First entry that does not hold: " + ids.get(3)), page);
    }

    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
    void cliniciansCannotReadTheTrail() {
        Fixtures.aPatient();
        given().when().get("/api/v1/audit").then().statusCode(403);
        given().accept("text/html").when().get("/admin/audit").then().statusCode(403);
    }
}
