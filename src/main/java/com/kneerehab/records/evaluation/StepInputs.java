package com.kneerehab.records.evaluation;

import com.kneerehab.records.platform.Text;
import com.kneerehab.records.evaluation.Choices.FootPosture;
import com.kneerehab.records.evaluation.Choices.HipMotion;
import com.kneerehab.records.evaluation.Choices.KneecapTracking;
import com.kneerehab.records.evaluation.Choices.MidfootMobility;
import com.kneerehab.records.evaluation.Choices.RibcageAlignment;
import com.kneerehab.records.platform.Form;
import com.kneerehab.records.platform.Labelled;
import com.kneerehab.records.platform.Side;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * What a clinician saves for each step, through the API or the page alike. {@code complete} asks for the
 * step to be marked complete; otherwise it is saved as a draft. Ranges are in degrees.
 *
 * <p>Each record declares its step's fields once, with their types and bounds. The page's form is read and
 * filled by those names and types ({@link #read}, {@link #formOf}), and saving copies each field onto the
 * findings field of the same name ({@link StepInput#applyTo}); {@code StepDefinitionTest} checks that the
 * findings class, this record and the API's view of the step name the same fields with the same types.
 */
public final class StepInputs {

    private StepInputs() {
    }

    public sealed interface StepInput permits Ribcage, Hip, FootAnkle, KneeAxis {
        Integer version();

        Boolean complete();

        EvaluationStep step();

        /** Writes every finding of this input onto the evaluation's findings of the same name. */
        default void applyTo(Evaluation evaluation) {
            Findings findings = evaluation.findings(step());
            for (RecordComponent field : findingFields(getClass())) {
                Object value = read(field, this);
                write(findings, field.getName(), value instanceof String text ? Text.orNull(text) : value);
            }
        }
    }

    /** The input record that declares a step's fields, their types and their bounds. */
    public static Class<? extends StepInput> typeOf(EvaluationStep step) {
        return switch (step) {
            case RIBCAGE -> Ribcage.class;
            case HIP -> Hip.class;
            case FOOT_ANKLE -> FootAnkle.class;
            case KNEE_AXIS -> KneeAxis.class;
        };
    }

    /**
     * Reads a step from a posted form, each field by its name and type in the step's input record:
     * numbers, yes/no, choices and text, with unreadable values noted on the form.
     */
    public static StepInput read(EvaluationStep step, Form form) {
        Class<? extends StepInput> type = typeOf(step);
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = readField(form, components[i]);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    /** A step's saved findings as the values of its form, named as in the step's input record. */
    public static Form formOf(Evaluation evaluation, EvaluationStep step) {
        Findings findings = evaluation.findings(step);
        Form form = Form.empty();
        for (RecordComponent field : findingFields(typeOf(step))) {
            form.with(field.getName(), get(findings, field.getName()));
        }
        return form;
    }

    /** The choices of a step's field that takes one of a fixed set, in their declared order. */
    public static List<Labelled> choicesOf(EvaluationStep step, String field) {
        return findingFields(typeOf(step)).stream().filter(c -> c.getName().equals(field))
                .map(RecordComponent::getType).filter(Class::isEnum)
                .flatMap(type -> Arrays.stream(type.getEnumConstants()))
                .map(Labelled.class::cast)
                .toList();
    }

    /** The components of an input record that are findings, not the version or the completion request. */
    static List<RecordComponent> findingFields(Class<?> type) {
        return Arrays.stream(type.getRecordComponents())
                .filter(c -> !c.getName().equals("version") && !c.getName().equals("complete"))
                .toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object readField(Form form, RecordComponent component) {
        String name = component.getName();
        Class<?> type = component.getType();
        if (name.equals("complete")) {
            return form.flag(name);
        }
        if (type == Integer.class) {
            return form.integer(name);
        }
        if (type == Boolean.class) {
            return form.bool(name);
        }
        if (type.isEnum()) {
            return form.choice(name, (Class) type);
        }
        if (type == String.class) {
            return form.text(name);
        }
        throw new IllegalStateException("No form reader for " + type.getSimpleName() + " " + name);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /*
     * Findings fields are public in the source, but the persistence layer enhances the class: field access
     * becomes a call to an accessor it generates, which records the change for the next flush. So a field
     * is read and written through the accessor when there is one (a getter or setter, else the enhancer's
     * own), and directly only where the class is used as compiled.
     */

    private static Object get(Findings findings, String name) {
        try {
            java.lang.reflect.Method reader = method(findings.getClass(), 0, accessorName("get", name),
                    "$$_hibernate_read_" + name);
            if (reader != null) {
                return reader.invoke(findings);
            }
            Field field = findings.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return field.get(findings);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(findings.getClass().getSimpleName() + " has no " + name, e);
        }
    }

    private static void write(Findings findings, String name, Object value) {
        try {
            java.lang.reflect.Method writer = method(findings.getClass(), 1, accessorName("set", name),
                    "$$_hibernate_write_" + name);
            if (writer != null) {
                writer.invoke(findings, value);
                return;
            }
            Field field = findings.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(findings, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(findings.getClass().getSimpleName() + " has no " + name, e);
        }
    }

    /** The first of the named methods the class declares with that many parameters, or null. */
    private static java.lang.reflect.Method method(Class<?> type, int parameters, String... names) {
        for (String name : names) {
            for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == parameters) {
                    m.setAccessible(true);
                    return m;
                }
            }
        }
        return null;
    }

    private static String accessorName(String prefix, String name) {
        return prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public record Ribcage(
            @NotNull(message = "{evaluation.the-record-version-is-required}") Integer version,
            Boolean complete,
            RibcageAlignment alignment,
            Side side,
            @Size(max = 2000, message = "{evaluation.at-most-2000-characters}") String notes) implements StepInput {

        public EvaluationStep step() {
            return EvaluationStep.RIBCAGE;
        }
    }

    public record Hip(
            @NotNull(message = "{evaluation.the-record-version-is-required}") Integer version,
            Boolean complete,
            @Min(value = -20, message = "{evaluation.degrees-minus-20-to-60}") @Max(value = 60, message = "{evaluation.degrees-minus-20-to-60}") Integer extensionLeft,
            @Min(value = -20, message = "{evaluation.degrees-minus-20-to-60}") @Max(value = 60, message = "{evaluation.degrees-minus-20-to-60}") Integer extensionRight,
            @Min(value = 0, message = "{evaluation.degrees-0-to-90}") @Max(value = 90, message = "{evaluation.degrees-0-to-90}") Integer internalRotationLeft,
            @Min(value = 0, message = "{evaluation.degrees-0-to-90}") @Max(value = 90, message = "{evaluation.degrees-0-to-90}") Integer internalRotationRight,
            @Min(value = 0, message = "{evaluation.degrees-0-to-90}") @Max(value = 90, message = "{evaluation.degrees-0-to-90}") Integer externalRotationLeft,
            @Min(value = 0, message = "{evaluation.degrees-0-to-90}") @Max(value = 90, message = "{evaluation.degrees-0-to-90}") Integer externalRotationRight,
            HipMotion motion,
            @Size(max = 2000, message = "{evaluation.at-most-2000-characters}") String notes) implements StepInput {

        public EvaluationStep step() {
            return EvaluationStep.HIP;
        }
    }

    public record FootAnkle(
            @NotNull(message = "{evaluation.the-record-version-is-required}") Integer version,
            Boolean complete,
            @Min(value = -20, message = "{evaluation.degrees-minus-20-to-60}") @Max(value = 60, message = "{evaluation.degrees-minus-20-to-60}") Integer dorsiflexionLeft,
            @Min(value = -20, message = "{evaluation.degrees-minus-20-to-60}") @Max(value = 60, message = "{evaluation.degrees-minus-20-to-60}") Integer dorsiflexionRight,
            MidfootMobility midfootMobility,
            FootPosture footPosture,
            @Size(max = 2000, message = "{evaluation.at-most-2000-characters}") String notes) implements StepInput {

        public EvaluationStep step() {
            return EvaluationStep.FOOT_ANKLE;
        }
    }

    public record KneeAxis(
            @NotNull(message = "{evaluation.the-record-version-is-required}") Integer version,
            Boolean complete,
            Boolean offAxis,
            KneecapTracking tracking,
            Boolean manualTherapy,
            @Size(max = 2000, message = "{evaluation.at-most-2000-characters}") String notes) implements StepInput {

        public EvaluationStep step() {
            return EvaluationStep.KNEE_AXIS;
        }
    }
}
