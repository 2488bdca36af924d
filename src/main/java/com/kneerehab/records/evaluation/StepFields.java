package com.kneerehab.records.evaluation;

import com.kneerehab.records.platform.Form;
import com.kneerehab.records.platform.Labelled;
import com.kneerehab.records.platform.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fields of each step, read from its findings class: the one place a finding is declared, with its
 * type, its bounds (Bean Validation annotations) and its column. Everything else about a field follows
 * from that declaration: the API's request and view (the findings class itself), the form field the page
 * draws and reads ({@link #read}, {@link #formOf}), its choices (its enum type) and its label, the
 * bundle message named {@code <step><Field>Label} ({@code hipExtensionLeftLabel}).
 */
public final class StepFields {

    private StepFields() {
    }

    /** How a field is drawn and read on the page. */
    public enum Kind { NUMBER, CHOICE, YES_NO, TEXT }

    private static final Map<EvaluationStep, List<StepField>> FIELDS = new ConcurrentHashMap<>();

    /** The findings class that declares a step's fields. */
    public static Class<? extends Findings> typeOf(EvaluationStep step) {
        return switch (step) {
            case RIBCAGE -> RibcageFindings.class;
            case HIP -> HipFindings.class;
            case FOOT_ANKLE -> FootAnkleFindings.class;
            case KNEE_AXIS -> KneeAxisFindings.class;
        };
    }

    /** A step's findings, in the order its findings class declares them (the completion flag is not one). */
    public static List<StepField> of(EvaluationStep step) {
        return FIELDS.computeIfAbsent(step, s -> Arrays.stream(typeOf(s).getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic() && !f.getName().startsWith("$"))
                .filter(f -> f.isAnnotationPresent(jakarta.persistence.Column.class))
                .filter(f -> !f.getName().equals("complete"))
                .map(f -> new StepField(s, f))
                .toList());
    }

    /** One finding of one step, as the page draws it. */
    public record StepField(EvaluationStep step, Field field) {

        public String name() {
            return field.getName();
        }

        public Class<?> type() {
            return field.getType();
        }

        /** The form field's name on the evaluation page, where all steps share one form: {@code hip.motion}. */
        public String inputName() {
            return step.slug() + "." + name();
        }

        public Kind kind() {
            Class<?> type = type();
            if (type == Integer.class) {
                return Kind.NUMBER;
            }
            if (type == Boolean.class) {
                return Kind.YES_NO;
            }
            if (type.isEnum()) {
                return Kind.CHOICE;
            }
            if (type == String.class) {
                return Kind.TEXT;
            }
            throw new IllegalStateException("No form field for " + type.getSimpleName() + " " + name());
        }

        public Long min() {
            Min min = field.getAnnotation(Min.class);
            return min == null ? null : min.value();
        }

        public Long max() {
            Max max = field.getAnnotation(Max.class);
            return max == null ? null : max.value();
        }

        public Integer maxLength() {
            Size size = field.getAnnotation(Size.class);
            return size == null ? null : size.max();
        }

        /** The database column that holds this finding, from its mapping. */
        public String column() {
            jakarta.persistence.Column column = field.getAnnotation(jakarta.persistence.Column.class);
            return column == null ? null : column.name();
        }

        /** The bundle message that names this field: {@code <step><Field>Label}. */
        public String labelKey() {
            return stepKey(step) + Character.toUpperCase(name().charAt(0)) + name().substring(1) + "Label";
        }

        public String label() {
            try {
                Method message = EvaluationMessages.class.getMethod(labelKey());
                return (String) message.invoke(Choices.text());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("EvaluationMessages has no " + labelKey(), e);
            }
        }

        /** The choices of a field that takes one of a fixed set, in their declared order; else none. */
        public List<Labelled> options() {
            if (!type().isEnum()) {
                return List.of();
            }
            return Arrays.stream(type().getEnumConstants()).map(Labelled.class::cast).toList();
        }

        /** The value on a form, read by this field's type; an unreadable value is noted on the form. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object read(Form form, String formName) {
            return switch (kind()) {
                case NUMBER -> form.integer(formName);
                case YES_NO -> form.bool(formName);
                case CHOICE -> form.choice(formName, (Class) type());
                case TEXT -> form.text(formName);
            };
        }

        Object get(Findings findings) {
            return Accessors.get(findings, name());
        }

        void set(Findings findings, Object value) {
            Accessors.set(findings, name(), value instanceof String text ? Text.orNull(text) : value);
        }
    }

    /** The column that says whether a step is complete. */
    static String completeColumn(EvaluationStep step) {
        try {
            return typeOf(step).getDeclaredField("complete").getAnnotation(jakarta.persistence.Column.class).name();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The step's name as it begins a message key: {@code footAnkle}. */
    static String stepKey(EvaluationStep step) {
        String[] words = step.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }

    /** Reads a step's findings from a form, each field by its name there (see {@code prefixed}). */
    static <F extends Findings> F read(EvaluationStep step, Form form, F into, boolean prefixed) {
        for (StepField field : of(step)) {
            field.set(into, field.read(form, prefixed ? field.inputName() : field.name()));
        }
        return into;
    }

    /** A step's saved findings as form values, each under its page name ({@code hip.motion}). */
    public static Form formOf(Evaluation evaluation, EvaluationStep step, Form into) {
        Findings findings = evaluation.findings(step);
        for (StepField field : of(step)) {
            into.with(field.inputName(), field.get(findings));
        }
        return into;
    }

    /** Copies every finding of a step from one findings object onto another; says whether any changed. */
    static boolean copy(EvaluationStep step, Findings from, Findings to) {
        boolean changed = false;
        for (StepField field : of(step)) {
            Object value = field.get(from);
            if (!java.util.Objects.equals(value, field.get(to))) {
                field.set(to, value);
                changed = true;
            }
        }
        return changed;
    }

    /** A detached copy of a step's findings with its completion flag, for a view that outlives the record. */
    static Findings snapshot(EvaluationStep step, Findings findings) {
        try {
            Findings copy = typeOf(step).getDeclaredConstructor().newInstance();
            copy(step, findings, copy);
            copy.setComplete(findings.isComplete());
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /*
     * Findings fields are public in the source, but the persistence layer enhances the class: field access
     * becomes a call to an accessor it generates, which records the change for the next flush. So a field
     * is read and written through that accessor when there is one, and directly where the class is used
     * as compiled.
     */
    static final class Accessors {

        private Accessors() {
        }

        static Object get(Findings findings, String name) {
            try {
                Method reader = method(findings.getClass(), 0, accessor("get", name), "$$_hibernate_read_" + name);
                if (reader != null) {
                    return reader.invoke(findings);
                }
                return field(findings.getClass(), name).get(findings);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(findings.getClass().getSimpleName() + " has no " + name, e);
            }
        }

        static void set(Findings findings, String name, Object value) {
            try {
                Method writer = method(findings.getClass(), 1, accessor("set", name), "$$_hibernate_write_" + name);
                if (writer != null) {
                    writer.invoke(findings, value);
                    return;
                }
                field(findings.getClass(), name).set(findings, value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(findings.getClass().getSimpleName() + " has no " + name, e);
            }
        }

        private static Field field(Class<?> type, String name) throws NoSuchFieldException {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                try {
                    Field field = c.getDeclaredField(name);
                    field.setAccessible(true);
                    return field;
                } catch (NoSuchFieldException e) {
                    // declared further up
                }
            }
            throw new NoSuchFieldException(name);
        }

        /** The first of the named methods with that many parameters, declared by the class or above, or null. */
        private static Method method(Class<?> type, int parameters, String... names) {
            for (String name : names) {
                for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                    for (Method m : c.getDeclaredMethods()) {
                        if (m.getName().equals(name) && m.getParameterCount() == parameters) {
                            m.setAccessible(true);
                            return m;
                        }
                    }
                }
            }
            return null;
        }

        private static String accessor(String prefix, String name) {
            return prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }
}
