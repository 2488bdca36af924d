package com.kneerehab.records.audit;

import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entries are written in the transaction of the work they describe: a SUCCESS entry commits or rolls back
 * with the work, and work that rolls back leaves a FAILED entry instead; refusals stay whatever happens.
 */
@QuarkusTest
class AuditOutboxTest {

    @Inject
    TestDatabase db;

    @Inject
    AuditLog audit;

    @Inject
    AuditVerifier verifier;

    @Inject
    EntityManager em;

    @BeforeEach
    void clean() {
        db.reset();
    }

    /** Some work: retires library exercise 1 (the reset puts it back). */
    private void retireExerciseOne() {
        em.createNativeQuery("UPDATE exercise SET retired = TRUE WHERE id = 1").executeUpdate();
    }

    @Test
    void workRolledBackAfterItWasDoneLeavesAFailedEntryAndNoSuccess() {
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            retireExerciseOne();
            audit.success("exercise.edit", "exercise", 1L, null);
            throw new IllegalStateException("the request fails after its work");
        }));
        assertEquals("0", db.single("SELECT retired FROM exercise WHERE id = 1"));
        assertEquals(0, db.count("audit_entry", "action = 'exercise.edit' AND outcome = 'SUCCESS'"));
        assertEquals(1, db.count("audit_entry", "action = 'exercise.edit' AND outcome = 'FAILED' AND record_id = 1"));
        db.sealAudit();
        AuditVerifier.Result result = verifier.verify();
        assertTrue(result.intact(), result.problem());
    }

    @Test
    void workWhoseCommitIsRefusedLeavesAFailedEntryAndNoSuccess() {
        assertThrows(io.quarkus.narayana.jta.QuarkusTransactionException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    retireExerciseOne();
                    audit.success("exercise.edit", "exercise", 1L, null);
                    audit.success("exercise.read", "exercise", 1L, null);
                    QuarkusTransaction.setRollbackOnly();
                }));
        assertEquals(0, db.count("exercise", "retired"));
        assertEquals(0, db.count("audit_entry", "outcome = 'SUCCESS' AND action LIKE 'exercise.%'"));
        assertEquals(2, db.count("audit_entry", "outcome = 'FAILED' AND action LIKE 'exercise.%'"));
    }

    @Test
    void committedWorkHasItsSuccessEntryAndARefusalStaysWhenTheWorkRollsBack() {
        QuarkusTransaction.requiringNew().run(() -> {
            retireExerciseOne();
            audit.success("exercise.edit", "exercise", 1L, null);
        });
        assertEquals("1", db.single("SELECT retired FROM exercise WHERE id = 1"));
        assertEquals(1, db.count("audit_entry", "action = 'exercise.edit' AND outcome = 'SUCCESS'"));
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            audit.denied("exercise.retire", "exercise", 1L, null);
            throw new IllegalStateException("refused");
        }));
        assertEquals(1, db.count("audit_entry", "action = 'exercise.retire' AND outcome = 'DENIED'"));
    }

    @Test
    void anEntryIsNotVisibleBeforeItsWorkCommits() {
        QuarkusTransaction.requiringNew().run(() -> {
            audit.success("exercise.edit", "exercise", 2L, null);
            // another connection (the sealer's, an admin's) cannot see it yet
            assertEquals(0, db.count("audit_entry", "action = 'exercise.edit' AND record_id = 2"));
        });
        assertEquals(1, db.count("audit_entry", "action = 'exercise.edit' AND record_id = 2"));
    }

    /** A refusal decided by the security layer alone (a role check) is recorded too. */
    @Test
    @TestSecurity(user = "pat", roles = Roles.PATIENT)
    void aPatientRefusedAClinicPageIsRecorded() {
        given().accept("text/html").when().get("/clinic/patients").then().statusCode(403);
        given().when().get("/api/v1/audit").then().statusCode(403);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                db.count("audit_entry", "action = 'access.denied' AND outcome = 'DENIED' AND subject = 'pat'"
                        + " AND role = 'patient'") == 2);
        assertEquals(1, db.count("audit_entry", "action = 'access.denied' AND record_type = '/clinic/patients'"));
    }

    @Test
    @TestSecurity(user = "doc", roles = Roles.CLINICIAN)
    void aClinicianRefusedAnAdminPageIsRecorded() {
        given().accept("text/html").when().get("/admin/audit").then().statusCode(403);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                db.count("audit_entry", "action = 'access.denied' AND subject = 'doc' AND record_type = '/admin/audit'") == 1);
    }
}
