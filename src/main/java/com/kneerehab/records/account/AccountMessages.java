package com.kneerehab.records.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the admin's account pages and of account refusals (English only). Templates: {account:key}. */
@MessageBundle("account")
public interface AccountMessages {

    // ------------------------------------------------------------------ list
    @Message("Accounts")
    String accountsTitle();

    @Message("Search accounts")
    String searchLabel();

    @Message("User name or name")
    String searchPlaceholder();

    @Message("New clinician account")
    String newClinician();

    @Message("New patient account")
    String newPatient();

    @Message("User name")
    String username();

    @Message("Name")
    String displayName();

    @Message("Role")
    String role();

    @Message("Status")
    String status();

    @Message("Patient record")
    String patientRecord();

    @Message("Active")
    String active();

    @Message("Deactivated")
    String deactivated();

    @Message("No accounts match.")
    String noMatch();

    // ------------------------------------------------------------------ one account
    @Message(": cannot sign in")
    String cannotSignIn();

    @Message("Email")
    String email();

    @Message("Not linked")
    String notLinked();

    @Message("Access")
    String access();

    @Message("Deactivate")
    String deactivate();

    @Message("Reactivate")
    String reactivate();

    @Message("Issue a temporary password")
    String issuePassword();

    @Message("Change the role")
    String changeRole();

    @Message("Opens the record {mrn}.")
    String opensRecord(String mrn);

    @Message("Unlink")
    String unlink();

    @Message("Medical record number")
    String mrn();

    @Message("Link")
    String link();

    @Message("Breadcrumb")
    String breadcrumb();

    // ------------------------------------------------------------------ new account
    @Message("New account")
    String newAccount();

    @Message("Lower-case letters, digits, dots, dashes")
    String usernameHint();

    @Message("Patient's medical record number (patient accounts only)")
    String patientMrn();

    @Message("Create the account")
    String create();

    // ------------------------------------------------------------------ temporary password
    @Message("Temporary password")
    String passwordTitle();

    @Message("Account created")
    String created();

    @Message("New temporary password")
    String newPassword();

    @Message("Give this temporary password to")
    String givePasswordTo();

    @Message("in person or by phone. It is shown only now; the person must change it at first sign-in")
    String passwordShownOnce();

    @Message(" and set up a one-time code")
    String andOneTimeCode();

    @Message("Done")
    String done();

    // ------------------------------------------------------------------ development directory
    @Message("Development account directory.")
    String devDirectory();

    @Message("No Keycloak is configured, so accounts made here are kept only in this application's table and cannot sign in. Set KEYCLOAK_ADMIN_URL to manage real sign-ins.")
    String devDirectoryDetail();

    // ------------------------------------------------------------------ refusals
    @Message("The account")
    String theAccount();

    @Message("The account could not be saved, and nothing was kept. Try again.")
    String notSaved();

    @Message("Choose admin, clinician or patient")
    String chooseRole();

    @Message("Unlink the patient record before giving this account a staff role")
    String unlinkBeforeStaffRole();

    @Message("Only patient accounts open a patient record")
    String onlyPatientsOpenRecords();

    @Message("Another account already opens this record")
    String recordTaken();

    @Message("This user name is already in use")
    String usernameTaken();

    @Message("A patient account opens a patient record: enter its MRN")
    String patientNeedsMrn();

    @Message("No patient has this medical record number")
    String noSuchMrn();

    // ------------------------------------------------------------------ the sign-in service
    @Message("Sign-in service unreachable")
    String directoryUnreachableTitle();

    @Message("Already taken")
    String directoryDuplicateTitle();

    @Message("Refused by the sign-in service")
    String directoryInvalidTitle();

    @Message("Sign-in service error")
    String directoryFailedTitle();

    @Message("A sign-in account with this user name or email already exists")
    String directoryDuplicate();

    @Message("Keycloak answered {status} when creating the account")
    String directoryCreateFailed(int status);

    @Message("Keycloak refused the account")
    String directoryRefused();

    @Message("Keycloak refused the account: {reason}")
    String directoryRefusedBecause(String reason);

    @Message("The sign-in service (Keycloak) cannot be reached. Nothing was changed; try again shortly.")
    String directoryUnreachable();

    @Message("Keycloak no longer knows this account")
    String directoryUnknownAccount();

    @Message("Already exists in Keycloak")
    String directoryAlreadyExists();

    @Message("The realm has no role \"{role}\": import deploy/keycloak/clinic-realm.json")
    String directoryNoSuchRole(String role);

    @Message("Keycloak answered {status}")
    String directoryAnswered(int status);

    @Message("Keycloak answered {status}: check the account service client's secret and roles")
    String directoryAnsweredCheckClient(int status);

    /** The record, as the subject of the "changed by someone else" sentence. */
    @Message("This account")
    String thisRecord();
}
