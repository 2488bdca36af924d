package com.kneerehab.records.evaluation;

import com.kneerehab.records.platform.Form;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A step's fields are declared by its input record; the page reads and fills its form from that record and
 * saving copies each field by name. This keeps the findings class and the API's view of the step naming the
 * same fields with the same types, and shows a form travelling into the findings and back unchanged.
 */
class StepDefinitionTest {

    @Test
    void findingsInputAndViewNameTheSameFields() {
        for (EvaluationStep step : EvaluationStep.values()) {
            Map<String, Class<?>> input = StepInputs.findingFields(StepInputs.typeOf(step)).stream()
                    .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getType, (a, b) -> a,
                            LinkedHashMap::new));
            Map<String, Class<?>> findings = Arrays.stream(findingsType(step).getFields())
                    .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.getName().equals("complete"))
                    .collect(Collectors.toMap(Field::getName, Field::getType, (a, b) -> a, LinkedHashMap::new));
            assertEquals(input, findings, step + ": the findings class and the input record differ");
            Map<String, Class<?>> view = Arrays.stream(viewType(step).getRecordComponents())
                    .filter(c -> !c.getName().equals("complete"))
                    .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getType, (a, b) -> a,
                            LinkedHashMap::new));
            assertEquals(input, view, step + ": the API view and the input record differ");
        }
    }

    @Test
    void aFormGoesIntoTheFindingsAndComesBackUnchanged() {
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        posted.putSingle("version", "3");
        posted.putSingle("complete", "true");
        posted.putSingle("extensionLeft", "12");
        posted.putSingle("extensionRight", " 14 ");
        posted.putSingle("internalRotationLeft", "");
        posted.putSingle("motion", "CONTROLLED");
        posted.putSingle("notes", "Stiff on the left");
        Form form = Form.of(posted);
        StepInputs.StepInput input = StepInputs.read(EvaluationStep.HIP, form);
        assertEquals(new StepInputs.Hip(3, true, 12, 14, null, null, null, null, Choices.HipMotion.CONTROLLED,
                "Stiff on the left"), input);
        assertFalse(form.hasErrors());

        Evaluation evaluation = new Evaluation();
        input.applyTo(evaluation);
        assertEquals(12, evaluation.hip.extensionLeft);
        assertNull(evaluation.hip.internalRotationLeft);
        assertEquals(Choices.HipMotion.CONTROLLED, evaluation.hip.motion);

        Form shown = StepInputs.formOf(evaluation, EvaluationStep.HIP);
        assertEquals("14", shown.value("extensionRight"));
        assertEquals("CONTROLLED", shown.value("motion"));
        assertEquals("Stiff on the left", shown.value("notes"));
    }

    @Test
    void unreadableValuesAreNotedOnTheFormAndBlankTextIsSavedAsNothing() {
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        posted.putSingle("dorsiflexionLeft", "ten");
        posted.putSingle("footPosture", "SIDEWAYS");
        posted.putSingle("notes", "   ");
        Form form = Form.of(posted);
        StepInputs.StepInput input = StepInputs.read(EvaluationStep.FOOT_ANKLE, form);
        assertTrue(form.hasError("dorsiflexionLeft"));
        assertTrue(form.hasError("footPosture"));
        assertNull(input.version());
        assertEquals(Boolean.FALSE, input.complete());
        Evaluation evaluation = new Evaluation();
        evaluation.footAnkle.notes = "before";
        new StepInputs.FootAnkle(0, false, null, null, null, null, "   ").applyTo(evaluation);
        assertNull(evaluation.footAnkle.notes);
    }

    @Test
    void theChoicesOfAFieldComeFromItsType() {
        assertEquals(Arrays.asList(Choices.KneecapTracking.values()),
                StepInputs.choicesOf(EvaluationStep.KNEE_AXIS, "tracking"));
        assertTrue(StepInputs.choicesOf(EvaluationStep.KNEE_AXIS, "notes").isEmpty());
    }

    @Test
    void theEvaluationSaysWhichStepBlocksAnotherAndWhoMayEdit() {
        Evaluation evaluation = new Evaluation();
        evaluation.clinicianSubject = "me";
        assertEquals(EvaluationStep.RIBCAGE, evaluation.blockedBy(EvaluationStep.FOOT_ANKLE).orElseThrow());
        assertTrue(evaluation.blockedBy(EvaluationStep.RIBCAGE).isEmpty());
        evaluation.ribcage.complete = true;
        assertEquals(EvaluationStep.HIP, evaluation.blockedBy(EvaluationStep.KNEE_AXIS).orElseThrow());
        assertEquals(EvaluationStep.HIP, evaluation.currentStep());
        assertTrue(evaluation.isEditableBy("me"));
        assertFalse(evaluation.isEditableBy("someone else"));
        evaluation.status = Evaluation.Status.SIGNED;
        assertFalse(evaluation.isEditableBy("me"));
    }

    private static Class<?> findingsType(EvaluationStep step) {
        return new Evaluation().findings(step).getClass();
    }

    private static Class<?> viewType(EvaluationStep step) {
        return switch (step) {
            case RIBCAGE -> EvaluationView.Ribcage.class;
            case HIP -> EvaluationView.Hip.class;
            case FOOT_ANKLE -> EvaluationView.FootAnkle.class;
            case KNEE_AXIS -> EvaluationView.KneeAxis.class;
        };
    }
}
