package com.kneerehab.records.evaluation;

import com.kneerehab.records.platform.Text;
import com.kneerehab.records.evaluation.Choices.FootPosture;
import com.kneerehab.records.evaluation.Choices.HipMotion;
import com.kneerehab.records.evaluation.Choices.KneecapTracking;
import com.kneerehab.records.evaluation.Choices.MidfootMobility;
import com.kneerehab.records.evaluation.Choices.RibcageAlignment;
import com.kneerehab.records.platform.Side;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a clinician saves for each step. {@code complete} asks for the step to be marked complete;
 * otherwise it is saved as a draft. Ranges are in degrees.
 */
public final class StepInputs {

    private StepInputs() {
    }

    public sealed interface StepInput permits Ribcage, Hip, FootAnkle, KneeAxis {
        Integer version();

        Boolean complete();

        EvaluationStep step();

        void applyTo(Evaluation evaluation);
    }

    public record Ribcage(
            @NotNull(message = "The record version is required") Integer version,
            Boolean complete,
            RibcageAlignment alignment,
            Side side,
            @Size(max = 2000, message = "At most 2000 characters") String notes) implements StepInput {

        public EvaluationStep step() {
            return EvaluationStep.RIBCAGE;
        }

        public void applyTo(Evaluation e) {
            e.ribcage.alignment = alignment;
            e.ribcage.side = side;
            e.ribcage.notes = Text.orNull(notes);
        }
    }

    public record Hip(
            @NotNull(message = "The record version is required") Integer version,
            Boolean complete,
            @Min(value = -20, message = "Between -20 and 60 degrees") @Max(value = 60, message = "Between -20 and 60 degrees") Integer extensionLeft,
            @Min(value = -20, message = "Between -20 and 60 degrees") @Max(value = 60, message = "Between -20 and 60 degrees") Integer extensionRight,
            @Min(value = 0, message = "Between 0 and 90 degrees") @Max(value = 90, message = "Between 0 and 90 degrees") Integer internalRotationLeft,
            @Min(value = 0, message = "Between 0 and 90 degrees") @Max(value = 90, message = "Between 0 and 90 degrees") Integer internalRotationRight,
            @Min(value = 0, message = "Between 0 and 90 degrees") @Max(value = 90, message = "Between 0 and 90 degrees") Integer externalRotationLeft,
            @Min(value = 0, message = "Between 0 and 90 degrees") @Max(value = 90, message = "Between 0 and 90 degrees") Integer externalRotationRight,
            HipMotion motion,
            @Size(max = 2000, message = "At most 2000 characters") String notes) implements StepInput {

        public EvaluationStep step() {
            return EvaluationStep.HIP;
        }

        public void applyTo(Evaluation e) {
            e.hip.extensionLeft = extensionLeft;
            e.hip.extensionRight = extensionRight;
            e.hip.internalRotationLeft = internalRotationLeft;
            e.hip.internalRotationRight = internalRotationRight;
            e.hip.externalRotationLeft = externalRotationLeft;
            e.hip.externalRotationRight = externalRotationRight;
            e.hip.motion = motion;
            e.hip.notes = Text.orNull(notes);
        }
    }

    public record FootAnkle(
            @NotNull(message = "The record version is required") Integer version,
            Boolean complete,
            @Min(value = -20, message = "Between -20 and 60 degrees") @Max(value = 60, message = "Between -20 and 60 degrees") Integer dorsiflexionLeft,
            @Min(value = -20, message = "Between -20 and 60 degrees") @Max(value = 60, message = "Between -20 and 60 degrees") Integer dorsiflexionRight,
            MidfootMobility midfootMobility,
            FootPosture footPosture,
            @Size(max = 2000, message = "At most 2000 characters") String notes) implements StepInput {

        public EvaluationStep step() {
            return EvaluationStep.FOOT_ANKLE;
        }

        public void applyTo(Evaluation e) {
            e.footAnkle.dorsiflexionLeft = dorsiflexionLeft;
            e.footAnkle.dorsiflexionRight = dorsiflexionRight;
            e.footAnkle.midfootMobility = midfootMobility;
            e.footAnkle.footPosture = footPosture;
            e.footAnkle.notes = Text.orNull(notes);
        }
    }

    public record KneeAxis(
            @NotNull(message = "The record version is required") Integer version,
            Boolean complete,
            Boolean offAxis,
            KneecapTracking tracking,
            Boolean manualTherapy,
            @Size(max = 2000, message = "At most 2000 characters") String notes) implements StepInput {

        public EvaluationStep step() {
            return EvaluationStep.KNEE_AXIS;
        }

        public void applyTo(Evaluation e) {
            e.kneeAxis.offAxis = offAxis;
            e.kneeAxis.tracking = tracking;
            e.kneeAxis.manualTherapy = manualTherapy;
            e.kneeAxis.notes = Text.orNull(notes);
        }
    }
}
