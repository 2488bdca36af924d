package com.kneerehab.records.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Signed checkpoints of the chain head, kept where the database cannot rewrite them: every checkpoint is
 * written to the log (collected by the log system in production) and, when {@code checkpoint-dir} is set,
 * to a file there. {@code verify-audit} fails when the trail no longer reaches a checkpoint, which is
 * how removing the newest entries and moving the head back to an older, genuine state is found.
 */
@ApplicationScoped
public class AuditCheckpoints {

    /** The log category checkpoints are written under; production collects it with the JSON log. */
    public static final String LOG_CATEGORY = "com.kneerehab.records.audit.checkpoint";
    private static final Logger CHECKPOINT_LOG = Logger.getLogger(LOG_CATEGORY);
    private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class);

    /** How many entries the chain held, the last of them and its seal, when, and with which key signed. */
    public record Checkpoint(long count, long lastEntryId, String lastHash, String takenAt, String keyId, String mac) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    AuditChain chain;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "knee-rehab.audit.checkpoint-dir")
    Optional<String> directory;

    /** Signs the current chain head and writes the checkpoint out. */
    public Checkpoint take() {
        AuditSealer.Head head = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection db = dataSource.getConnection()) {
                return AuditSealer.readHead(db, false);
            }
        });
        if (!head.sealedBy(chain)) {
            throw new IllegalStateException("The chain head does not match its seal; no checkpoint was taken");
        }
        String at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
        String keyId = chain.currentKeyId();
        Checkpoint checkpoint = new Checkpoint(head.count(), head.lastEntryId(), head.lastHash(), at, keyId,
                chain.checkpointMac(keyId, head.count(), head.lastEntryId(), head.lastHash(), at));
        String line = write(checkpoint);
        CHECKPOINT_LOG.infof("Audit checkpoint %s", line);
        directory.ifPresent(dir -> {
            try {
                Path folder = Files.createDirectories(Path.of(dir));
                String name = "checkpoint-" + at.replace(":", "") + "-" + checkpoint.count() + ".json";
                Path temp = Files.writeString(folder.resolve(name + ".tmp"), line + "\n");
                Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                LOG.errorf(e, "Could not write the audit checkpoint to %s", dir);
            }
        });
        return checkpoint;
    }

    /** True when the checkpoint carries a valid signature of a key this installation knows. */
    public boolean genuine(Checkpoint c) {
        return chain.knows(c.keyId())
                && chain.checkpointMac(c.keyId(), c.count(), c.lastEntryId(), c.lastHash(), c.takenAt()).equals(c.mac());
    }

    public Checkpoint read(Path file) {
        try {
            String text = Files.readString(file).strip();
            // a line copied from the log holds the checkpoint after its message prefix
            int start = text.indexOf('{');
            int end = text.lastIndexOf('}');
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("No checkpoint in " + file);
            }
            return json.readValue(text.substring(start, end + 1).replace("\\\"", "\""), Checkpoint.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    /** The newest checkpoint exported to {@code checkpoint-dir}, if any. */
    public Optional<Path> latestExported() {
        if (directory.isEmpty() || !Files.isDirectory(Path.of(directory.get()))) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(Path.of(directory.get()))) {
            return files.filter(p -> p.getFileName().toString().matches("checkpoint-.*\\.json"))
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + directory.get(), e);
        }
    }

    private String write(Checkpoint checkpoint) {
        try {
            return json.writeValueAsString(checkpoint);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
