package com.kneerehab.records.plan;

import com.kneerehab.records.exercise.DosageInput;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as the API and the pages show it. An item's words are those saved with the plan when it was
 * prescribed; only {@code retired} is the library's state today.
 */
public record PlanView(Long id, Long patientId, int planNumber, TreatmentPlan.Status status, Long evaluationId,
                       Long previousPlanId, LocalDate startDate, LocalDate reviewDate, String goals,
                       String prescribedBy, Instant createdAt, Instant supersededAt, Instant endedAt,
                       List<Item> exercises, int version) {

    public record Item(int position, Long exerciseId, String name, String purpose, String targets,
                       String instructions, String imageUrl, boolean retired, DosageInput dosage, String dosageText,
                       String notes) {

        public List<String> instructionSteps() {
            // the steps are shown as a numbered list, so numbers typed by the clinician are dropped
            return instructions.lines().map(String::strip).filter(line -> !line.isEmpty())
                    .map(line -> line.replaceFirst("^\\d{1,2}[.)]\\s+", "")).toList();
        }
    }

    public boolean current() {
        return status == TreatmentPlan.Status.CURRENT;
    }

    /** Ended with a discharge rather than replaced by a revision. */
    public boolean ended() {
        return status == TreatmentPlan.Status.ENDED;
    }

    public static PlanView of(TreatmentPlan p) {
        return new PlanView(p.id, p.patient.id, p.planNumber, p.status, p.evaluation.id, p.previousPlanId,
                p.startDate, p.reviewDate, p.goals, p.prescribedByName, p.createdAt, p.supersededAt, p.endedAt,
                p.items.stream().map(i -> new Item(i.position, i.exercise.id, i.name, i.purpose, i.targets,
                        i.instructions, i.imageUrl, i.exercise.retired,
                        new DosageInput(i.sets, i.repetitions, i.holdSeconds, i.sessionsPerDay, i.sessionsPerWeek,
                                i.durationWeeks), i.dosageText(), i.notes)).toList(),
                p.version);
    }
}
