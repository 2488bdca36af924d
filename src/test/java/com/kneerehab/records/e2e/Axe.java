package com.kneerehab.records.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs the axe-core accessibility engine (installed by npm ci in src/test/e2e) inside the page the browser
 * shows, and reads back its violations. Serious and critical ones fail a test, and so do the milder rules
 * once fixed that must stay fixed (a skipped heading level); the rest are printed so they can be seen in the
 * build log.
 */
final class Axe {

    private static final Path SOURCE = Path.of(System.getProperty("e2e.axe",
            "src/test/e2e/node_modules/axe-core/axe.min.js"));

    /** Moderate rules that were fixed on every page and must not come back. */
    private static final List<String> KEPT_FIXED = List.of("heading-order");

    record Violation(String rule, String impact, String help, List<String> targets) {
        boolean blocking() {
            return "serious".equals(impact) || "critical".equals(impact) || KEPT_FIXED.contains(rule);
        }

        @Override
        public String toString() {
            return impact + " " + rule + ": " + help + " at " + targets;
        }
    }

    private static String source;

    private Axe() {
    }

    private static synchronized String source() {
        if (source == null) {
            if (!Files.isReadable(SOURCE)) {
                fail("The accessibility scan needs " + SOURCE + "; run `npm ci --prefix src/test/e2e` first.");
            }
            try {
                source = Files.readString(SOURCE);
            } catch (IOException e) {
                fail("Cannot read " + SOURCE, e);
            }
        }
        return source;
    }

    /** Scans the current page and returns every violation axe reports, of any impact. */
    static List<Violation> scan(Browser browser) {
        browser.script(source());
        if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object' && typeof window.axe.run === 'function'"))) {
            fail("axe-core did not load into " + browser.path());
        }
        Object raw = browser.script("""
                return window.axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.map(v => ({
                    rule: v.id, impact: v.impact || 'unknown', help: v.help,
                    targets: v.nodes.map(n => n.target.join(' '))
                })));
                """);
        List<Violation> violations = new ArrayList<>();
        for (Object item : (List<?>) raw) {
            Map<?, ?> v = (Map<?, ?>) item;
            List<String> targets = ((List<?>) v.get("targets")).stream().map(String::valueOf).toList();
            violations.add(new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"), targets));
        }
        return violations;
    }

    /**
     * Scans the current page and returns its serious and critical violations, each naming the page;
     * milder ones are printed to the build log.
     */
    static List<String> seriousViolations(Browser browser, String page) {
        List<Violation> all = scan(browser);
        all.stream().filter(v -> !v.blocking()).forEach(v -> System.out.println("[axe] " + page + ": " + v));
        return all.stream().filter(Violation::blocking).map(v -> page + " (" + browser.path() + "): " + v).toList();
    }
}
