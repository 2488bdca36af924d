package com.kneerehab.records.evaluation;

import com.kneerehab.records.platform.Form;
import jakarta.ws.rs.core.MultivaluedHashMap;

/** Step requests for tests that call the service directly, written as a form would post them. */
public final class Steps {

    private Steps() {
    }

    /** A request for a step at a version: {@code complete}, then field names and values in pairs. */
    public static StepInputs.StepInput step(EvaluationStep step, int version, boolean complete, String... fields) {
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        posted.putSingle("version", String.valueOf(version));
        posted.putSingle("complete", String.valueOf(complete));
        for (int i = 0; i < fields.length; i += 2) {
            posted.putSingle(fields[i], fields[i + 1]);
        }
        Form form = Form.of(posted);
        StepInputs.StepInput input = StepInputs.read(step, form);
        if (form.hasErrors()) {
            throw new IllegalArgumentException("Unreadable step values: " + form.errors());
        }
        return input;
    }

    public static StepInputs.StepInput ribcage(int version, boolean complete) {
        return step(EvaluationStep.RIBCAGE, version, complete, "alignment", "NEUTRAL");
    }

    public static StepInputs.StepInput hip(int version, boolean complete) {
        return step(EvaluationStep.HIP, version, complete, "extensionLeft", "10", "extensionRight", "10",
                "internalRotationLeft", "30", "internalRotationRight", "30", "externalRotationLeft", "40",
                "externalRotationRight", "40", "motion", "CONTROLLED");
    }

    public static StepInputs.StepInput footAnkle(int version, boolean complete) {
        return step(EvaluationStep.FOOT_ANKLE, version, complete, "dorsiflexionLeft", "30", "dorsiflexionRight", "30",
                "midfootMobility", "NORMAL", "footPosture", "NEUTRAL");
    }

    public static StepInputs.StepInput kneeAxis(int version, boolean complete) {
        return step(EvaluationStep.KNEE_AXIS, version, complete, "offAxis", "false", "tracking", "NORMAL",
                "manualTherapy", "false");
    }
}
