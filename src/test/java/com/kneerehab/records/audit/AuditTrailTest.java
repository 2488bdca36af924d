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

/**
 * The audit trail is append-only and tamper-evident: altering, inserting or deleting rows is detected, and
 * the verification names the first entry that does not hold and why. Tampering here is done as the
 * database's administrator, the only one allowed to change these tables.
 */
@QuarkusTest
class AuditTrailTest {

    @Inject
    TestDatabase db;

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditLog audit;

    @Inject
    AuditSealing sealing;

    List<Long> ids;

    @BeforeEach
    void fiveSealedEntries() {
        db.reset();
        for (int i = 0; i < 5; i++) {
            audit.append("clinician", Roles.CLINICIAN, "patient.read", "patient", 10L + i, 10L + i,
                    AuditLog.Outcome.SUCCESS, "127.0.0.1");
        }
        db.sealAudit();
        ids = List.of(db.single("SELECT GROUP_CONCAT(id ORDER BY id) FROM audit_entry WHERE action = 'patient.read'")
                .split(",")).stream().map(Long::valueOf).toList();
    }

    /** Tampers and verifies while this replica's sealer stands still, so the chain is what the test made it. */
    private AuditVerifier.Result tamperedWith(String... statements) {
        AuditVerifier.Result[] result = new AuditVerifier.Result[1];
        sealing.exclusive(() -> {
            for (String sql : statements) {
                db.execute(sql);
            }
            result[0] = verifier.verify();
        });
        return result[0];
    }

    @Test
    void anUntouchedTrailVerifies() {
        AuditVerifier.Result result = verifier.verify();
        assertTrue(result.intact(), result.problem());
        assertTrue(result.checked() >= 5);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), List.of(db.single(
                "SELECT GROUP_CONCAT(seq ORDER BY entry_id) FROM audit_seal WHERE entry_id <= " + ids.get(4)).split(","))
                .stream().map(Long::valueOf).toList());
    }

    /** Entries written while the sealer stands still are counted as waiting, not as a break in the chain. */
    @Test
    void countsTheEntriesNotYetSealed() {
        AuditVerifier.Result[] result = new AuditVerifier.Result[1];
        sealing.exclusive(() -> {
            for (int i = 0; i < 3; i++) {
                audit.append("clinician", Roles.CLINICIAN, "patient.read", "patient", 20L + i, 20L + i,
                        AuditLog.Outcome.SUCCESS, "127.0.0.1");
            }
            result[0] = verifier.verify();
        });
        assertTrue(result[0].intact(), result[0].problem());
        assertEquals(Long.parseLong(db.single("SELECT COUNT(*) FROM audit_seal")), result[0].checked());
        assertEquals(3, result[0].unsealed());
    }

    /** Many callers at once: each returns with its own entry written once, and all are sealed in one chain. */
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
        db.sealAudit();
        AuditVerifier.Result result = verifier.verify();
        assertTrue(result.intact(), result.problem());
        assertEquals(String.valueOf(callers * each), db.single("SELECT COUNT(DISTINCT e.record_id) FROM audit_entry e"
                + " JOIN audit_seal s ON s.entry_id = e.id WHERE e.action = 'chart.read'"));
        assertEquals(db.single("SELECT COUNT(*) FROM audit_seal"), db.single("SELECT MAX(seq) FROM audit_seal"));
    }

    @Test
    void namesAnAlteredEntry() {
        AuditVerifier.Result result = tamperedWith(
                "UPDATE audit_entry SET subject = 'someone-else' WHERE id = " + ids.get(2));
        assertFalse(result.intact());
        assertEquals(ids.get(2), result.firstBadId());
        assertEquals(AuditVerifier.Reason.ALTERED, result.reason());
        assertTrue(result.problem().contains("altered"));
    }

    @Test
    void namesAnEntryWhoseOutcomeWasRewritten() {
        AuditVerifier.Result result = tamperedWith(
                "UPDATE audit_entry SET outcome = 'DENIED' WHERE id = " + ids.get(1));
        assertEquals(ids.get(1), result.firstBadId());
        assertEquals(AuditVerifier.Reason.ALTERED, result.reason());
    }

    @Test
    void namesAnInsertedEntry() {
        long forged = ids.get(4) + 100_000;
        AuditVerifier.Result result = tamperedWith(
                "INSERT INTO audit_entry (id, occurred_at, subject, role, action, record_type, outcome, key_id, mac)"
                        + " VALUES (" + forged + ", UTC_TIMESTAMP(6), 'intruder', 'admin', 'patient.read', 'patient',"
                        + " 'SUCCESS', 'k1', SHA2('forged', 256))",
                "INSERT INTO audit_seal (seq, entry_id, previous_hash, hash, key_id, sealed_at)"
                        + " SELECT h.seal_count + 1, " + forged + ", h.last_hash, SHA2('forged seal', 256), 'k1',"
                        + " UTC_TIMESTAMP(6) FROM audit_chain_head h WHERE h.id = 1");
        assertFalse(result.intact());
        assertEquals(forged, result.firstBadId());
        assertEquals(AuditVerifier.Reason.INSERTED, result.reason());
    }

    @Test
    void namesADeletedEntryWhoseSealRemains() {
        AuditVerifier.Result result = tamperedWith("DELETE FROM audit_entry WHERE id = " + ids.get(1));
        assertEquals(ids.get(1), result.firstBadId());
        assertEquals(AuditVerifier.Reason.MISSING, result.reason());
        assertTrue(result.problem().contains("deleted"));
    }

    @Test
    void namesTheEntryAfterOneDeletedWithItsSeal() {
        AuditVerifier.Result result = tamperedWith(
                "DELETE FROM audit_seal WHERE entry_id = " + ids.get(1),
                "DELETE FROM audit_entry WHERE id = " + ids.get(1));
        assertFalse(result.intact());
        assertEquals(ids.get(2), result.firstBadId());
        assertEquals(AuditVerifier.Reason.MISSING, result.reason());
        assertTrue(result.problem().contains("deleted"));
    }

    @Test
    void detectsThatTheFirstEntryWasDeleted() {
        AuditVerifier.Result result = tamperedWith(
                "DELETE FROM audit_seal WHERE entry_id = " + ids.get(0),
                "DELETE FROM audit_entry WHERE id = " + ids.get(0));
        assertEquals(ids.get(1), result.firstBadId());
    }

    @Test
    void detectsThatTheNewestEntriesWereDeleted() {
        AuditVerifier.Result result = tamperedWith(
                "DELETE FROM audit_seal WHERE entry_id >= " + ids.get(3),
                "DELETE FROM audit_entry WHERE id >= " + ids.get(3));
        assertFalse(result.intact());
        assertEquals(AuditVerifier.Reason.TRUNCATED, result.reason());
        assertTrue(result.problem().contains("missing"), result.problem());
    }

    /** Removing the newest entries and moving the head back to match is truncation: the head is sealed. */
    @Test
    void deletingTheNewestEntriesAndMovingTheHeadIsTruncation() {
        String third = db.single("SELECT seq FROM audit_seal WHERE entry_id = " + ids.get(2));
        AuditVerifier.Result result = tamperedWith(
                "DELETE FROM audit_seal WHERE entry_id >= " + ids.get(3),
                "DELETE FROM audit_entry WHERE id >= " + ids.get(3),
                "UPDATE audit_chain_head h JOIN audit_seal s ON s.seq = " + third + " SET h.seal_count = s.seq,"
                        + " h.last_entry_id = s.entry_id, h.last_hash = s.hash WHERE h.id = 1");
        assertFalse(result.intact());
        assertEquals(AuditVerifier.Reason.TRUNCATED, result.reason());
        assertTrue(result.problem().contains("head"), result.problem());
    }

    @Test
    void namesAnEntryMadeWithAKeyItDoesNotName() {
        AuditVerifier.Result result = tamperedWith("UPDATE audit_entry SET key_id = 'k0' WHERE id = " + ids.get(3));
        assertEquals(ids.get(3), result.firstBadId());
        assertEquals(AuditVerifier.Reason.WRONG_KEY, result.reason());
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void adminsBrowseFilterAndVerifyTheTrail() {
        given().queryParam("patientId", 12).when().get("/api/v1/audit")
                .then().statusCode(200).body("entries.patientId", everyItem(equalTo(12)));
        given().accept("text/html").queryParam("user", "clinician").when().get("/admin/audit")
                .then().statusCode(200).body(containsString("patient.read")).body(containsString("Waiting to be sealed"));
        sealing.exclusive(() -> {
            db.execute("UPDATE audit_entry SET action = 'patient.search' WHERE id = " + ids.get(3));
            given().contentType("application/json").when().post("/api/v1/audit/verification")
                    .then().statusCode(200).body("intact", equalTo(false)).body("firstBadId", equalTo(ids.get(3).intValue()))
                    .body("reason", equalTo("ALTERED"));
            String page = FormClient.open("/admin/audit").post("/admin/audit/verification", java.util.Map.of()).asString();
            assertTrue(page.contains("First entry that does not hold: " + ids.get(3)), page);
        });
    }

    @Test
    @TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
    void cliniciansCannotReadTheTrail() {
        Fixtures.aPatient();
        given().when().get("/api/v1/audit").then().statusCode(403);
        given().accept("text/html").when().get("/admin/audit").then().statusCode(403);
    }
}
