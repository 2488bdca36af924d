package com.kneerehab.records.patient;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the patient register: the patient list and the registration form, the patient's choice
 * lists and the register's refusals. English by default; other languages go in
 * {@code messages/patient_<language>.properties}. Templates use {@code {patient:key}}.
 */
@MessageBundle("patient")
public interface PatientMessages {

    @Message("{#when sex}{#is FEMALE}Female{#is MALE}Male{#is OTHER}Other{#is UNDISCLOSED}Not disclosed{/when}")
    String sex(Patient.Sex sex);

    @Message("{#when status}{#is ACTIVE}Active{#is DISCHARGED}Discharged{/when}")
    String status(Patient.Status status);

    // ------------------------------------------------------------------ the list

    @Message("Patients")
    String patients();

    @Message("Search by name (given or family name first, or the start of either), medical record number, date of"
            + " birth (as the clinic writes dates, or yyyy-mm-dd) or phone number. Best matches come first.")
    String searchHint();

    @Message("Search patients")
    String searchLabel();

    @Message("Name, MRN, date of birth or phone")
    String searchPlaceholder();

    @Message("Search")
    String search();

    @Message("Register a patient")
    String register();

    @Message("No patient matches.")
    String noneAtAll();

    @Message("No patient matches “{query}”.")
    String noneMatching(String query);

    @Message("{count} {#if count == 1}patient{#else}patients{/if}")
    String count(long count);

    @Message("{count} {#if count == 1}patient{#else}patients{/if} matching “{query}”")
    String countMatching(long count, String query);

    @Message("Name")
    String name();

    @Message("MRN")
    String mrn();

    @Message("Date of birth")
    String dateOfBirth();

    @Message("Status")
    String statusColumn();

    @Message("Attention")
    String attention();

    @Message("Warning symptom")
    String warningSymptom();

    @Message("{count} {#if count == 1}open alert{#else}open alerts{/if}")
    String openAlerts(long count);

    @Message("Pages")
    String pages();

    @Message("Previous")
    String previous();

    @Message("Page {page} of {pages}")
    String pageOf(int page, int pages);

    @Message("Next")
    String next();

    // ------------------------------------------------------------------ the form

    @Message("Edit {name}")
    String edit(String name);

    @Message("Given name")
    String givenName();

    @Message("Family name")
    String familyName();

    @Message("Sex")
    String sexField();

    @Message("Choose…")
    String choose();

    @Message("Phone")
    String phone();

    @Message("Email")
    String email();

    @Message("Affected side")
    String affectedSide();

    @Message("Referral notes")
    String referralNotes();

    @Message("Save changes")
    String save();

    @Message("Register patient")
    String registerPatient();

    @Message("Cancel")
    String cancel();

    @Message("Referring physician")
    String referrer();

    @Message("Who referred the patient, and how reports and letters reach them.")
    String referrerHint();

    @Message("Physician's name")
    String referrerName();

    @Message("Practice or clinic")
    String referrerPractice();

    @Message("Postal address")
    String referrerAddress();

    @Message("Fax")
    String referrerFax();

    // ------------------------------------------------------------------ refusals

    @Message("The referring physician is incomplete")
    String referrerRefused();

    @Message("Enter the physician's name to record their contact details")
    String referrerNameNeeded();

    @Message("The patient")
    String thePatient();

    /** The record, as the subject of the "changed by someone else" sentence. */
    @Message("This patient record")
    String thisRecord();

    @Message("The status changes with the episodes of care: discharge the patient, or start a new episode, on the"
            + " patient's episodes page.")
    String statusByEpisode();
}
