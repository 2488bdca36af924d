package com.kneerehab.records.exercise;

import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.platform.Text;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Messages;
import com.kneerehab.records.platform.PageOf;
import com.kneerehab.records.platform.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * The exercise library: clinicians add, edit, retire and reinstate exercises. No patient data here, but
 * every change is audited: a plan copies an exercise's words when it is prescribed, so the trail says who
 * changed what later plans will copy, and when.
 */
@ApplicationScoped
public class ExerciseService {

    @Inject
    ExerciseRepository exercises;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public static final String RECORD = "exercise";

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<Exercise> library(boolean includeRetired, int page, int size) {
        return PageOf.counting(exercises.library(includeRetired, page, size), page, size,
                () -> exercises.countLibrary(includeRetired));
    }

    /** The exercises in use (not retired), by name, without counting them: for choosing from in a form. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<Exercise> inUse(int max) {
        return exercises.library(false, 0, max);
    }

    /** The exercises with these ids, by id; ids with no exercise are left out. */
    public java.util.Map<Long, Exercise> byIds(java.util.Collection<Long> ids) {
        return exercises.byIds(ids).stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.id, java.util.function.Function.identity()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Exercise get(long id) {
        return exercises.findByIdOptional(id).orElseThrow(() -> DomainException.notFound(text().theExercise()));
    }

    @Transactional
    public Exercise create(ExerciseInput input) {
        requireFreeName(input.name().strip(), null);
        Exercise exercise = new Exercise();
        apply(exercise, input);
        exercise.createdAt = Instant.now(clock);
        exercise.updatedAt = exercise.createdAt;
        exercises.persist(exercise);
        exercises.flush();
        audit.success("exercise.create", RECORD, exercise.id, null);
        return exercise;
    }

    @Transactional
    public Exercise update(long id, ExerciseInput input) {
        Exercise exercise = get(id);
        Versions.check(input.version(), exercise.version, text().thisRecord());
        requireFreeName(input.name().strip(), id);
        apply(exercise, input);
        exercise.updatedAt = Instant.now(clock);
        Versions.flush(exercises.getEntityManager(), text().thisRecord());
        audit.success("exercise.update", RECORD, id, null);
        return exercise;
    }

    /** Retired exercises stay on the plans that use them but cannot be prescribed again. */
    @Transactional
    public Exercise setRetired(long id, boolean retired, Integer version) {
        Exercise exercise = get(id);
        Versions.check(version, exercise.version, text().thisRecord());
        exercise.retired = retired;
        exercise.updatedAt = Instant.now(clock);
        Versions.flush(exercises.getEntityManager(), text().thisRecord());
        audit.success(retired ? "exercise.retire" : "exercise.reinstate", RECORD, id, null);
        return exercise;
    }

    private void requireFreeName(String name, Long exceptId) {
        if (exercises.nameTaken(name, exceptId)) {
            throw DomainException.invalid("name", text().duplicateName());
        }
    }

    private static void apply(Exercise exercise, ExerciseInput input) {
        exercise.name = input.name().strip();
        exercise.purpose = input.purpose().strip();
        exercise.targets = input.targets().strip();
        exercise.instructions = input.instructions().strip();
        input.defaultDosage().applyTo(exercise.defaultDosage);
        exercise.imageUrl = Text.orNull(input.imageUrl());
    }

    private static ExerciseMessages text() {
        return Messages.get(ExerciseMessages.class);
    }
}
