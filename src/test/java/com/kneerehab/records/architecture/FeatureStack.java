package com.kneerehab.records.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The feature packages as a stack, bottom first. A class may use its own feature and the features on lower
 * levels; never one on its own level or above. Every package directly under the root must be placed here,
 * so a new feature has to be given a level before it compiles into a passing build.
 */
final class FeatureStack {

    static final List<Set<String>> LEVELS = List.of(
            Set.of("platform"),
            Set.of("audit"),
            Set.of("account", "alert", "exercise", "patient"),
            Set.of("episode", "evaluation", "outcome"),
            Set.of("plan"),
            Set.of("fhir"),
            Set.of("portal"),
            Set.of("report"),
            Set.of("chart", "worklist"));

    private final String root;
    private final Map<String, Integer> level = new TreeMap<>();

    FeatureStack(String root) {
        this.root = root;
        for (int i = 0; i < LEVELS.size(); i++) {
            for (String feature : LEVELS.get(i)) {
                level.put(feature, i);
            }
        }
    }

    /** Every dependency that runs sideways or up the stack, and every class in a feature not in the stack. */
    EvaluationResult layering(JavaClasses classes) {
        ArchRule rule = classes().should(new ArchCondition<JavaClass>("use only their own feature and features below it") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = featureOf(origin);
                if (from == null) {
                    return;
                }
                Integer fromLevel = level.get(from);
                if (fromLevel == null) {
                    events.add(SimpleConditionEvent.violated(origin, origin.getName()
                            + " is in feature '" + from + "', which has no level in the stack"));
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String to = featureOf(dependency.getTargetClass().getBaseComponentType());
                    if (to == null || to.equals(from)) {
                        continue;
                    }
                    Integer toLevel = level.get(to);
                    if (toLevel == null || toLevel >= fromLevel) {
                        events.add(SimpleConditionEvent.violated(dependency, "'" + from + "' uses '" + to
                                + "', which is not below it: " + dependency.getDescription()));
                    }
                }
            }
        }).allowEmptyShould(false);
        return rule.evaluate(classes);
    }

    /** Every cycle between feature packages, whatever their levels. */
    EvaluationResult cycles(JavaClasses classes) {
        return SlicesRuleDefinition.slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .evaluate(classes);
    }

    private String featureOf(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(root + ".")) {
            return null;
        }
        String rest = pkg.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
