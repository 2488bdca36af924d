package com.kneerehab.records.exercise;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the exercise library and of a dosage. Templates: {exercise:key}. The library's pages
 * are English only; a dosage is also read by patients, so its words are in messages/exercise_es.properties.
 */
@MessageBundle("exercise")
public interface ExerciseMessages {

    // ------------------------------------------------------------------ a dosage in plain words
    @Message("1 set of {repetitions}")
    String dosageOneSet(int repetitions);

    @Message("{sets} sets of {repetitions}")
    String dosageSets(int sets, int repetitions);

    @Message("hold {seconds} s")
    String dosageHold(int seconds);

    @Message("once a day")
    String dosageOnceADay();

    @Message("twice a day")
    String dosageTwiceADay();

    @Message("{times} times a day")
    String dosageTimesADay(int times);

    @Message("every day")
    String dosageEveryDay();

    @Message("1 day a week")
    String dosageOneDayAWeek();

    @Message("{days} days a week")
    String dosageDaysAWeek(int days);

    @Message("for 1 week")
    String dosageOneWeek();

    @Message("for {weeks} weeks")
    String dosageWeeks(int weeks);

    // ------------------------------------------------------------------ library pages
    @Message("Exercise library")
    String libraryTitle();

    @Message("Add an exercise")
    String addExercise();

    @Message("Edit {name}")
    String editExercise(String name);

    @Message("Hide retired exercises")
    String hideRetired();

    @Message("Show retired exercises")
    String showRetired();

    @Message("(retired)")
    String retired();

    @Message("Targets: {targets} · Default: {dosage}")
    String targetsAndDefault(String targets, String dosage);

    @Message("Edit")
    String edit();

    @Message("Reinstate")
    String reinstate();

    @Message("Retire")
    String retire();

    @Message("The library is empty.")
    String libraryEmpty();

    @Message("Name")
    String name();

    @Message("Purpose")
    String purpose();

    @Message("Target muscles or structures")
    String targets();

    @Message("Step-by-step instructions (one step a line)")
    String instructions();

    @Message("Default dosage")
    String defaultDosage();

    @Message("Sets")
    String sets();

    @Message("Repetitions")
    String repetitions();

    @Message("Hold (seconds)")
    String holdSeconds();

    @Message("Sessions a day")
    String sessionsPerDay();

    @Message("Days a week")
    String sessionsPerWeek();

    @Message("Weeks")
    String durationWeeks();

    @Message("Image address (optional)")
    String imageUrl();

    @Message("An https:// address, or a path on this site")
    String imageUrlHint();

    @Message("Save the exercise")
    String save();

    // ------------------------------------------------------------------ refusals
    @Message("The exercise")
    String theExercise();

    @Message("The library already has an exercise with this name")
    String duplicateName();

    /** The record, as the subject of the "changed by someone else" sentence. */
    @Message("This exercise")
    String thisRecord();
}
