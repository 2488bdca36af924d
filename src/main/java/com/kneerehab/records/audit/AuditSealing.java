package com.kneerehab.records.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.CommandLineArguments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs this replica's {@link AuditSealer} in the background: a pass every {@code seal-every} while it holds
 * the lease (every second while another replica does), a heartbeat entry every {@code heartbeat-every} and a
 * signed checkpoint every {@code checkpoint-every}. Request threads never wait for it. Also reports the
 * unsealed backlog, for the admin's page, the readiness check and the metrics.
 */
@ApplicationScoped
public class AuditSealing {

    private static final Logger LOG = Logger.getLogger(AuditSealing.class);

    /** Committed entries not yet sealed: how many, and how long the oldest has waited. */
    public record Backlog(long unsealed, Instant oldest, long oldestSeconds, String stalledBecause) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    AuditChain chain;

    @Inject
    AuditLog audit;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "knee-rehab.audit.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "knee-rehab.audit.seal-every", defaultValue = "200ms")
    Duration sealEvery;

    @ConfigProperty(name = "knee-rehab.audit.sealer-lease", defaultValue = "5s")
    Duration lease;

    @ConfigProperty(name = "knee-rehab.audit.heartbeat-every", defaultValue = "1m")
    Duration heartbeatEvery;

    @ConfigProperty(name = "knee-rehab.audit.checkpoint-every", defaultValue = "10m")
    Duration checkpointEvery;

    @ConfigProperty(name = "knee-rehab.audit.stalled-after", defaultValue = "30s")
    Duration stalledAfter;

    private AuditSealer sealer;
    private ScheduledExecutorService runner;
    private Instant nextLeaseTry = Instant.EPOCH;
    private Instant nextHeartbeat = Instant.EPOCH;
    private Instant nextCheckpoint;
    private Instant lastFailureLogged = Instant.EPOCH;

    /** The command line: a one-off operations command (verify-audit, ...) takes no part in sealing. */
    @Inject
    @CommandLineArguments
    String[] arguments;

    void onStart(@Observes StartupEvent event) {
        sealer = new AuditSealer(dataSource, chain, clock, replicaName(), lease, Duration.ofMinutes(5));
        Gauge.builder("audit.unsealed.entries", this, s -> s.backlog().unsealed())
                .description("Committed audit entries not yet sealed into the chain").register(metrics);
        Gauge.builder("audit.unsealed.oldest.seconds", this, s -> s.backlog().oldestSeconds())
                .description("How long the oldest unsealed audit entry has waited").register(metrics);
        if (arguments == null || arguments.length == 0) {
            start();
        }
    }

    /** Starts sealing on this replica (at startup, unless the audit trail is switched off). */
    public synchronized void start() {
        if (!enabled || runner != null) {
            return;
        }
        nextCheckpoint = Instant.now(clock).plus(checkpointEvery);
        nextHeartbeat = Instant.EPOCH;
        nextLeaseTry = Instant.EPOCH;
        runner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "audit-sealer");
            t.setDaemon(true);
            return t;
        });
        runner.scheduleWithFixedDelay(this::tick, sealEvery.toMillis(), sealEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Stops sealing on this replica and hands the lease over (on shutdown, and for one-off commands). */
    public synchronized void stop() {
        if (runner != null) {
            runner.shutdownNow();
            runner = null;
            sealer.release();
        }
    }

    private void tick() {
        Instant now = Instant.now(clock);
        try {
            if (now.isBefore(nextLeaseTry)) {
                return;
            }
            int sealed = sealer.pass();
            if (sealed < 0) {
                nextLeaseTry = now.plusSeconds(1);
                nextHeartbeat = Instant.EPOCH;
                return;
            }
            // a full batch means more are waiting: keep going (within the lease) rather than wait a tick
            for (int more = 0; sealed >= AuditSealer.BATCH && more < 20; more++) {
                sealed = sealer.pass();
            }
            if (!now.isBefore(nextHeartbeat)) {
                // a gap in time between heartbeats shows that the trail was not being written
                audit.append("system", "system", "audit.heartbeat", "audit", null, null, AuditLog.Outcome.SUCCESS,
                        sealer.owner());
                nextHeartbeat = now.plus(heartbeatEvery);
            }
            if (!now.isBefore(nextCheckpoint)) {
                checkpoints.take();
                nextCheckpoint = now.plus(checkpointEvery);
            }
        } catch (RuntimeException e) {
            if (Duration.between(lastFailureLogged, now).toSeconds() >= 60) {
                LOG.errorf(e, "Audit sealing failed; retrying");
                lastFailureLogged = now;
            }
        }
    }

    /**
     * Seals everything committed so far, on this thread, if this replica holds the lease (or can take it);
     * returns how many entries it sealed, or -1 when another replica holds the lease.
     */
    public int sealNow() {
        int total = 0;
        int sealed;
        do {
            sealed = sealer.pass();
            if (sealed < 0) {
                return total == 0 ? -1 : total;
            }
            total += sealed;
        } while (sealed > 0);
        return total;
    }

    /** Runs {@code work} while no pass of this replica runs, then has the sealer read the chain afresh. */
    public void exclusive(Runnable work) {
        synchronized (sealer) {
            work.run();
            sealer.forget();
        }
    }

    public Backlog backlog() {
        AuditSealer.Waiting waiting = AuditSealer.waiting(dataSource);
        long age = waiting.oldest() == null ? 0
                : Math.max(0, Duration.between(waiting.oldest(), Instant.now(clock)).toSeconds());
        return new Backlog(waiting.count(), waiting.oldest(), age, sealer == null ? null : sealer.stalledBecause());
    }

    /** True when an entry has waited longer than sealing should ever take. */
    public boolean stalled(Backlog backlog) {
        return backlog.unsealed() > 0 && backlog.oldestSeconds() > stalledAfter.toSeconds();
    }

    public Duration stalledAfter() {
        return stalledAfter;
    }

    private static String replicaName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "replica";
        }
        String name = host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }
}
