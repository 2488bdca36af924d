package com.kneerehab.records.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the compiled application a stack of features (see docs/architecture.md, "Code layout"): no
 * feature uses one on its own level or above, and no two features depend on each other in a cycle. The
 * second half runs the same rules over a few deliberately wrong classes in {@code sample/} to show that
 * they do fail.
 */
class FeatureStackTest {

    static final String ROOT = "com.kneerehab.records";
    static final String SAMPLE = ROOT + ".architecture.sample";

    static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static final JavaClasses SAMPLES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages(SAMPLE);

    @Test
    void noFeatureUsesOneOnItsLevelOrAbove() {
        EvaluationResult result = new FeatureStack(ROOT).layering(APPLICATION);
        assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
    }

    @Test
    void noCycleBetweenFeatures() {
        EvaluationResult result = new FeatureStack(ROOT).cycles(APPLICATION);
        assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
    }

    @Test
    void theApplicationHasEveryFeatureOfTheStackAndNothingElse() {
        var found = APPLICATION.stream()
                .map(c -> c.getPackageName())
                .filter(p -> p.startsWith(ROOT + ".") && !p.startsWith(ROOT + ".architecture"))
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0])
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        var declared = FeatureStack.LEVELS.stream().flatMap(java.util.Set::stream)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        org.junit.jupiter.api.Assertions.assertEquals(declared, found);
    }

    @Test
    void aLowerFeatureUsingAHigherOneFails() {
        String report = new FeatureStack(SAMPLE).layering(SAMPLES).getFailureReport().toString();
        assertTrue(report.contains("'platform' uses 'chart'"), report);
    }

    @Test
    void twoFeaturesOnOneLevelUsingEachOtherFailBothRules() {
        String layering = new FeatureStack(SAMPLE).layering(SAMPLES).getFailureReport().toString();
        assertTrue(layering.contains("'alert' uses 'patient'"), layering);
        assertTrue(layering.contains("'patient' uses 'alert'"), layering);
        EvaluationResult cycles = new FeatureStack(SAMPLE).cycles(SAMPLES);
        assertTrue(cycles.hasViolation());
        assertTrue(cycles.getFailureReport().toString().contains("Cycle detected"), cycles.getFailureReport().toString());
    }

    @Test
    void aFeatureWithNoLevelFails() {
        String report = new FeatureStack(SAMPLE).layering(SAMPLES).getFailureReport().toString();
        assertTrue(report.contains("feature 'misplaced', which has no level"), report);
    }

    @Test
    void aHigherFeatureUsingALowerOneIsAllowed() {
        String report = new FeatureStack(SAMPLE).layering(SAMPLES).getFailureReport().toString();
        assertFalse(report.contains("'chart' uses 'platform'"), report);
    }
}
