package com.kneerehab.records.evaluation;

import com.kneerehab.records.platform.Form;
import io.quarkus.qute.i18n.Message;
import jakarta.persistence.Column;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A step's findings are declared once, in its findings class: name, type, bounds (Bean Validation) and
 * column. Everything else is derived from that class, so adding a finding touches only the findings class,
 * its label in the bundle and a migration. These tests prove the derivation for every finding of every step.
 */
class StepDefinitionTest {

    @Test
    void everyFindingHasAColumnALabelAndAFormField() {
        List<String> problems = new ArrayList<>();
        for (EvaluationStep step : EvaluationStep.values()) {
            List<StepFields.StepField> fields = StepFields.of(step);
            assertFalse(fields.isEmpty(), step + " has findings");
            for (StepFields.StepField field : fields) {
                String where = step + "." + field.name();
                Column column = field.field().getAnnotation(Column.class);
                if (column == null || column.name().isBlank()) {
                    problems.add(where + ": no column");
                }
                try {
                    Method label = EvaluationMessages.class.getMethod(field.labelKey());
                    Message message = label.getAnnotation(Message.class);
                    if (message == null || message.value().isBlank() || label.getReturnType() != String.class) {
                        problems.add(where + ": the label " + field.labelKey() + " has no English words");
                    }
                } catch (NoSuchMethodException e) {
                    problems.add(where + ": no label " + field.labelKey() + " in EvaluationMessages");
                }
                try {
                    assertNotNull(field.kind());
                } catch (IllegalStateException e) {
                    problems.add(where + ": " + e.getMessage());
                }
                if (field.kind() == StepFields.Kind.CHOICE && field.options().isEmpty()) {
                    problems.add(where + ": a choice without options");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theApiRequestAddsOnlyTheVersionToTheFindingsAndTheViewIsTheFindings() {
        for (EvaluationStep step : EvaluationStep.values()) {
            Class<? extends Findings> findings = StepFields.typeOf(step);
            Class<?> request = StepInputs.of(step, 0, false).getClass();
            assertEquals(findings, request.getSuperclass(), step + ": the request is the findings class");
            List<String> added = Arrays.stream(request.getDeclaredFields())
                    .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic())
                    .map(Field::getName).toList();
            assertEquals(List.of("version"), added, step + ": the request declares no finding of its own");
            RecordComponent view = Arrays.stream(EvaluationView.class.getRecordComponents())
                    .filter(c -> c.getType() == findings).findFirst().orElse(null);
            assertNotNull(view, step + ": the API view shows the findings class");
            assertEquals(StepFields.stepKey(step), view.getName(), step + ": the view names the step as the messages do");
        }
    }

    @Test
    void noTemplateSpellsOutAFinding() throws IOException {
        List<String> names = new ArrayList<>();
        for (EvaluationStep step : EvaluationStep.values()) {
            StepFields.of(step).stream().map(StepFields.StepField::name).filter(n -> !n.equals("notes"))
                    .forEach(names::add);
        }
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String text = Files.readString(file);
                for (String name : names) {
                    if (text.contains("\"" + name + "\"") || text.contains("'" + name + "'")) {
                        problems.add(file + " names " + name);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), "the step fragment is drawn from the findings class:\n"
                + String.join("\n", problems));
    }

    @Test
    void thePagesFormGoesIntoTheFindingsAndComesBackUnchanged() {
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        posted.putSingle("hip.extensionLeft", "12");
        posted.putSingle("hip.extensionRight", " 14 ");
        posted.putSingle("hip.internalRotationLeft", "");
        posted.putSingle("hip.motion", "CONTROLLED");
        posted.putSingle("hip.notes", "Stiff on the left");
        posted.putSingle("ribcage.notes", "Flared on inhale");
        Form form = Form.of(posted);
        StepInputs.StepInput hip = StepInputs.readFromPage(EvaluationStep.HIP, form, 3);
        assertFalse(form.hasErrors());
        assertEquals(3, hip.version());
        assertFalse(hip.asksToComplete());

        Evaluation evaluation = new Evaluation();
        assertTrue(hip.applyTo(evaluation));
        assertEquals(12, evaluation.hip.extensionLeft);
        assertEquals(14, evaluation.hip.extensionRight);
        assertNull(evaluation.hip.internalRotationLeft);
        assertEquals(Choices.HipMotion.CONTROLLED, evaluation.hip.motion);
        assertNull(evaluation.ribcage.notes, "a step reads only its own fields");
        assertFalse(hip.applyTo(evaluation), "the same values again change nothing");

        Form shown = StepFields.formOf(evaluation, EvaluationStep.HIP, Form.empty());
        assertEquals("14", shown.value("hip.extensionRight"));
        assertEquals("CONTROLLED", shown.value("hip.motion"));
        assertEquals("Stiff on the left", shown.value("hip.notes"));
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
        assertFalse(input.asksToComplete());
        Evaluation evaluation = new Evaluation();
        evaluation.footAnkle.notes = "before";
        StepInputs.StepInput blank = StepInputs.of(EvaluationStep.FOOT_ANKLE, 0, false);
        ((FootAnkleFindings) blank).notes = "   ";
        blank.applyTo(evaluation);
        assertNull(evaluation.footAnkle.notes);
    }

    @Test
    void boundsAreReadFromTheFindingsClass() {
        StepFields.StepField extension = field(EvaluationStep.HIP, "extensionLeft");
        assertEquals(StepFields.Kind.NUMBER, extension.kind());
        assertEquals(-20L, extension.min());
        assertEquals(60L, extension.max());
        assertEquals(2000, field(EvaluationStep.HIP, "notes").maxLength());
        assertEquals(StepFields.Kind.YES_NO, field(EvaluationStep.KNEE_AXIS, "offAxis").kind());
        assertEquals(Arrays.asList(Choices.KneecapTracking.values()), field(EvaluationStep.KNEE_AXIS, "tracking").options());
        assertTrue(field(EvaluationStep.KNEE_AXIS, "notes").options().isEmpty());
        assertEquals("footAnkleMidfootMobilityLabel", field(EvaluationStep.FOOT_ANKLE, "midfootMobility").labelKey());
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

    @Test
    void theSealCoversEveryFindingByItsColumnAndLeavesOutWhatIsAbsent() {
        Evaluation evaluation = new Evaluation();
        evaluation.patient = new com.kneerehab.records.patient.Patient();
        evaluation.patient.id = 7L;
        evaluation.visitDate = java.time.LocalDate.of(2026, 3, 1);
        evaluation.clinicianSubject = "me";
        for (EvaluationStep step : EvaluationStep.values()) {
            for (StepFields.StepField field : StepFields.of(step)) {
                assertFalse(evaluation.sealedContent().contains(field.column() + "="), "absent values are left out");
            }
        }
        evaluation.hip.extensionLeft = 12;
        String content = evaluation.sealedContent();
        assertTrue(content.contains("hip_extension_left=3132"), content);
        assertTrue(content.startsWith("patient_id=37|visit_date="), content);
        evaluation.signedAt = java.time.Instant.parse("2026-03-01T10:15:30.123456789Z");
        evaluation.signedAt = evaluation.signedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        assertTrue(evaluation.sealedContent().endsWith("signed_at="
                + java.util.HexFormat.of().withUpperCase().formatHex("2026-03-01 10:15:30.123456".getBytes())));
    }

    private static StepFields.StepField field(EvaluationStep step, String name) {
        return StepFields.of(step).stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
