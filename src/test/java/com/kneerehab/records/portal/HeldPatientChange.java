package com.kneerehab.records.portal;

import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientRepository;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A change to a patient's row made in a transaction of its own, flushed (so the row is locked and its
 * version moved) and held open: what a clinician's edit or a discharge looks like to a request that arrives
 * in the middle of it.
 */
final class HeldPatientChange {

    private final CountDownLatch release = new CountDownLatch(1);
    private final CompletableFuture<Void> work;

    private HeldPatientChange(PatientRepository patients, long patientId, Consumer<Patient> change, Executor threads)
            throws InterruptedException {
        CountDownLatch flushed = new CountDownLatch(1);
        work = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            Patient patient = patients.findById(patientId);
            change.accept(patient);
            patient.updatedAt = Instant.now();
            patients.flush();
            flushed.countDown();
            try {
                assertTrue(release.await(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }), threads);
        assertTrue(flushed.await(30, TimeUnit.SECONDS), "the change was made");
    }

    /** Makes the change and returns once it holds the patient's row. */
    static HeldPatientChange start(PatientRepository patients, long patientId, Consumer<Patient> change,
                                   Executor threads) throws InterruptedException {
        return new HeldPatientChange(patients, patientId, change, threads);
    }

    /**
     * Waits until the request is either answered or waiting for a lock in this test's database, then lets the
     * change commit and waits for that.
     */
    void commitOnceWaitedFor(TestDatabase db, Future<?> request) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> request.isDone() || db.count("information_schema.innodb_trx t",
                "t.trx_state = 'LOCK WAIT' AND t.trx_mysql_thread_id IN (SELECT p.id FROM information_schema.processlist p"
                        + " WHERE p.db = DATABASE())") > 0);
        release.countDown();
        work.get(30, TimeUnit.SECONDS);
    }
}
