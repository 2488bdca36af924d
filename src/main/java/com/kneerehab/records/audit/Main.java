package com.kneerehab.records.audit;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the server, or runs one operations command and exits:
 * {@code java -jar quarkus-run.jar verify-audit} checks the audit trail's hash chain (exit code 0 when
 * intact, 2 when broken).
 */
@QuarkusMain
public class Main implements QuarkusApplication {

    public static void main(String... args) {
        Quarkus.run(Main.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length > 0 && "verify-audit".equals(args[0])) {
            AuditVerifier.Result result = Arc.container().instance(AuditVerifier.class).get().verify();
            if (result.intact()) {
                System.out.println("Audit trail intact: " + result.checked() + " entries checked.");
                return 0;
            }
            System.out.println("Audit trail BROKEN at entry " + result.firstBadId() + ": " + result.problem());
            return 2;
        }
        if (args.length > 0) {
            System.err.println("Unknown command " + args[0] + ". Commands: verify-audit");
            return 1;
        }
        Quarkus.waitForExit();
        return 0;
    }
}
