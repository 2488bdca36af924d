package com.kneerehab.records.audit;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts the server, or runs one operations command and exits:
 * {@code java -jar quarkus-run.jar verify-audit [--checkpoint FILE]} checks the audit trail (exit code 0
 * when intact, 2 when broken). Given a checkpoint file (or a line of the log holding one), or else the
 * newest checkpoint exported to {@code knee-rehab.audit.checkpoint-dir}, it also fails when the trail no
 * longer reaches that checkpoint. {@code checkpoint-audit} signs the chain head now and writes it out.
 */
@QuarkusMain
public class Main implements QuarkusApplication {

    public static void main(String... args) {
        Quarkus.run(Main.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length > 0 && ("verify-audit".equals(args[0]) || "checkpoint-audit".equals(args[0]))) {
            // a one-off command does not take part in sealing
            Arc.container().instance(AuditSealing.class).get().stop();
            AuditCheckpoints checkpoints = Arc.container().instance(AuditCheckpoints.class).get();
            if ("checkpoint-audit".equals(args[0])) {
                AuditCheckpoints.Checkpoint c = checkpoints.take();
                System.out.println("Audit checkpoint: " + c.count() + " entries, ending with entry " + c.lastEntryId()
                        + ", taken at " + c.takenAt() + ".");
                return 0;
            }
            Optional<Path> file = args.length > 2 && "--checkpoint".equals(args[1])
                    ? Optional.of(Path.of(args[2])) : checkpoints.latestExported();
            AuditCheckpoints.Checkpoint checkpoint = file.map(checkpoints::read).orElse(null);
            AuditVerifier.Result result = Arc.container().instance(AuditVerifier.class).get().verify(checkpoint);
            String against = checkpoint == null ? "" : " It reaches the checkpoint of " + checkpoint.takenAt() + " ("
                    + checkpoint.count() + " entries).";
            if (result.intact()) {
                System.out.println("Audit trail intact: " + result.checked() + " entries checked, " + result.unsealed()
                        + " not yet sealed." + against);
                return 0;
            }
            System.out.println("Audit trail BROKEN at entry " + result.firstBadId() + " (" + result.reason() + "): "
                    + result.problem());
            return 2;
        }
        if (args.length > 0) {
            System.err.println("Unknown command " + args[0] + ". Commands: verify-audit [--checkpoint FILE],"
                    + " checkpoint-audit");
            return 1;
        }
        Quarkus.waitForExit();
        return 0;
    }
}
