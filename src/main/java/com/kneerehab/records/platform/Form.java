package com.kneerehab.records.platform;

import io.quarkus.qute.TemplateData;
import jakarta.validation.ConstraintViolation;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A submitted HTML form: the raw values as typed (so a refused form comes back exactly as the person
 * left it), typed readers that note unreadable values, and the field-level messages to show.
 */
@TemplateData
public class Form {

    private final MultivaluedMap<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String message;

    private Form(MultivaluedMap<String, String> values) {
        this.values = values;
    }

    public static Form of(MultivaluedMap<String, String> submitted) {
        return new Form(submitted == null ? new MultivaluedHashMap<>() : submitted);
    }

    public static Form empty() {
        return new Form(new MultivaluedHashMap<>());
    }

    /** Pre-fills a field, for forms that edit an existing record. */
    public Form with(String name, Object value) {
        if (value != null) {
            values.putSingle(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
        return this;
    }

    public Form withAll(String name, Iterable<? extends Enum<?>> chosen) {
        List<String> names = new ArrayList<>();
        chosen.forEach(e -> names.add(e.name()));
        values.put(name, names);
        return this;
    }

    public Form withIds(String name, List<Long> ids) {
        values.put(name, ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.toList()));
        return this;
    }

    // ----------------------------------------------------------------- reading for the template

    public String value(String name) {
        String value = values.getFirst(name);
        return value == null ? "" : value;
    }

    public boolean checked(String name, String option) {
        List<String> chosen = values.get(name);
        return chosen != null && chosen.contains(option);
    }

    public boolean is(String name, String option) {
        return option.equals(values.getFirst(name));
    }

    public String error(String name) {
        return errors.get(name);
    }

    public boolean hasError(String name) {
        return errors.containsKey(name);
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || message != null;
    }

    public Map<String, String> errors() {
        return errors;
    }

    public String message() {
        return message;
    }

    // ----------------------------------------------------------------- typed readers for the resource

    public String text(String name) {
        String value = values.getFirst(name);
        return value == null || value.isBlank() ? null : value;
    }

    public Integer integer(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.putIfAbsent(name, text().enterWholeNumber());
            return null;
        }
    }

    public Long id(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.putIfAbsent(name, text().chooseAnOption());
            return null;
        }
    }

    /** Every value of a multi-valued field (ticked checkboxes) as ids; unreadable ones are noted. */
    public List<Long> ids(String name) {
        List<Long> ids = new ArrayList<>();
        for (String value : values.getOrDefault(name, List.of())) {
            try {
                ids.add(Long.valueOf(value.strip()));
            } catch (NumberFormatException e) {
                errors.putIfAbsent(name, text().chooseFromOptions());
            }
        }
        return ids;
    }

    public LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.putIfAbsent(name, text().enterDate());
            return null;
        }
    }

    /** A yes/no radio or checkbox: "true"/"false", or absent for "not recorded". */
    public Boolean bool(String name) {
        String value = text(name);
        return value == null ? null : Boolean.valueOf(value);
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(bool(name));
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.putIfAbsent(name, text().chooseAnOption());
            return null;
        }
    }

    public <E extends Enum<E>> Set<E> choices(String name, Class<E> type) {
        EnumSet<E> chosen = EnumSet.noneOf(type);
        for (String value : values.getOrDefault(name, List.of())) {
            try {
                chosen.add(Enum.valueOf(type, value));
            } catch (IllegalArgumentException e) {
                errors.putIfAbsent(name, text().chooseFromOptions());
            }
        }
        return chosen;
    }

    private static PlatformMessages text() {
        return Messages.get(PlatformMessages.class);
    }

    // ----------------------------------------------------------------- collecting problems

    public Form reject(String name, String text) {
        errors.putIfAbsent(name, text);
        return this;
    }

    public Form reject(Set<? extends ConstraintViolation<?>> violations) {
        for (ConstraintViolation<?> violation : violations) {
            errors.putIfAbsent(ErrorMapping.fieldName(violation.getPropertyPath()), violation.getMessage());
        }
        return this;
    }

    /** Renames the fields that messages are attached to, where the form's names differ from the input's. */
    public Form renameErrors(java.util.function.UnaryOperator<String> rename) {
        Map<String, String> renamed = new LinkedHashMap<>();
        errors.forEach((field, text) -> renamed.putIfAbsent(rename.apply(field), text));
        errors.clear();
        errors.putAll(renamed);
        return this;
    }

    public Form reject(DomainException e) {
        e.fieldErrors().forEach(errors::putIfAbsent);
        this.message = e.getMessage();
        return this;
    }
}
