package com.kneerehab.records.platform;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.audit.AuditVerifier;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every audited request holds a database connection while its audit entry is sealed, and the one thread
 * writing the current batch of entries needs another (a transaction of its own). A burst of twice as many
 * simultaneous requests as the pool has connections must still be served, not wait for connections that
 * the other waiting requests hold; and the audit entries of such a burst, sealed in batches, still form
 * one intact chain.
 */
@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class ConcurrentRequestsTest {

    @Inject
    TestDatabase db;

    @Inject
    AuditVerifier verifier;

    @BeforeEach
    void clean() {
        db.reset();
    }

    @Test
    void aBurstOfAuditedReadsLargerThanThePoolIsServed() throws Exception {
        int pool = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.max-size", Integer.class);
        int workers = ConfigProvider.getConfig().getValue("quarkus.thread-pool.max-threads", Integer.class);
        assertTrue(workers + 1 <= pool, "every worker may hold a connection while the one audit batch writer needs"
                + " another: keep max-threads below max-size");

        long patient = Fixtures.aPatient("Burst", "Reader");
        int clients = 2 * pool;
        String base = "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(clients)).build();
        ExecutorService executor = Executors.newFixedThreadPool(clients);
        try {
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (int round = 0; round < 3; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    answers.add(executor.submit(() -> {
                        start.await();
                        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/patients/" + patient)).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode();
                    }));
                }
                start.countDown();
                for (Future<Integer> answer : answers) {
                    statuses.merge(answer.get(60, TimeUnit.SECONDS), 1, Integer::sum);
                }
            }
            assertEquals(Map.of(200, 3 * clients), statuses);
            // every request's entry was written, and the sealer chained them all in one line
            db.sealAudit();
            AuditVerifier.Result chain = verifier.verify();
            assertTrue(chain.intact(), chain.problem());
            assertEquals(Long.parseLong(db.single("SELECT COUNT(*) FROM audit_seal")), chain.checked());
            assertTrue(chain.checked() >= 3 * clients);
        } finally {
            executor.shutdownNow();
        }
    }
}
