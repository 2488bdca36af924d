package com.kneerehab.records.plan;

import io.quarkus.qute.i18n.MessageBundles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What changed from one plan version to the next, in sentences a clinician reads at a glance. */
public final class PlanChanges {

    private PlanChanges() {
    }

    public static List<String> between(PlanView before, PlanView after) {
        List<String> changes = new ArrayList<>();
        PlanMessages text = MessageBundles.get(PlanMessages.class);
        if (!before.startDate().equals(after.startDate())) {
            changes.add(text.changedStart(before.startDate(), after.startDate()));
        }
        if (!before.reviewDate().equals(after.reviewDate())) {
            changes.add(text.changedReview(before.reviewDate(), after.reviewDate()));
        }
        if (!before.goals().equals(after.goals())) {
            changes.add(text.changedGoals());
        }
        Map<Long, PlanView.Item> old = byExercise(before);
        Map<Long, PlanView.Item> now = byExercise(after);
        for (PlanView.Item item : after.exercises()) {
            PlanView.Item was = old.get(item.exerciseId());
            if (was == null) {
                changes.add(text.added(item.name(), item.dosageText()));
                continue;
            }
            if (!was.dosage().equals(item.dosage())) {
                changes.add(text.changedDosage(item.name(), was.dosageText(), item.dosageText()));
            }
            if (!Objects.equals(was.notes(), item.notes())) {
                changes.add(text.changedNotes(item.name()));
            }
        }
        for (PlanView.Item item : before.exercises()) {
            if (!now.containsKey(item.exerciseId())) {
                changes.add(text.removed(item.name()));
            }
        }
        return changes;
    }

    private static Map<Long, PlanView.Item> byExercise(PlanView plan) {
        Map<Long, PlanView.Item> map = new LinkedHashMap<>();
        plan.exercises().forEach(item -> map.put(item.exerciseId(), item));
        return map;
    }
}
