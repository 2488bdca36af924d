package com.kneerehab.records.fhir;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words the FHIR API writes into resources (texts of the clinic's own codes, titles, instructions)
 * and into its OperationOutcomes. The API answers in English, as the rest of the API does.
 */
@MessageBundle("fhir")
public interface FhirMessages {

    // ------------------------------------------------------------------ visits and findings
    @Message("Physical therapy evaluation of the knee")
    String evaluationVisit();

    @Message("Working diagnosis")
    String workingDiagnosis();

    @Message("Primary suspected pain source")
    String primarySource();

    @Message("Suspected pain source")
    String suspectedSource();

    @Message("Left knee")
    String leftKnee();

    @Message("Right knee")
    String rightKnee();

    @Message("Top-down knee evaluation")
    String evaluationPanel();

    @Message("Hip extension range of motion")
    String hipExtension();

    @Message("Hip internal rotation range of motion")
    String hipInternalRotation();

    @Message("Hip external rotation range of motion")
    String hipExternalRotation();

    @Message("Ankle dorsiflexion range of motion")
    String ankleDorsiflexion();

    @Message("Addendum: {reason}")
    String addendumReason(String reason);

    // ------------------------------------------------------------------ plans and sessions
    @Message("Home exercise programme")
    String exerciseProgramme();

    @Message("Exercise plan {number}")
    String planTitle(int number);

    @Message("Review on {date}")
    String reviewOn(String date);

    @Message("Exercise")
    String exercise();

    @Message("{sets} × {repetitions} repetitions")
    String setsAndRepetitions(int sets, int repetitions);

    @Message("Hold {seconds} s")
    String holdSeconds(int seconds);

    @Message("Pain before the exercise session (0-10)")
    String painBeforeSession();

    @Message("Pain after the exercise session (0-10)")
    String painAfterSession();

    @Message("{abbreviation} score")
    String scoreOf(String abbreviation);

    // ------------------------------------------------------------------ the server and its refusals
    @Message("Knee Rehab Records FHIR R4 API (read only)")
    String serverDescription();

    @Message("{type}/{id} is not known here.")
    String notFound(String type, String id);

    @Message("The search parameter {name} is not supported for {type}.")
    String unknownParameter(String type, String name);

    @Message("The value of {name} cannot be read.")
    String badParameter(String name);

    @Message("Name the patient: search {type} with patient=Patient/<id>.")
    String patientRequired(String type);

    @Message("Only JSON (application/fhir+json) and XML (application/fhir+xml) are served.")
    String unsupportedFormat();

    @Message("The access token's scopes do not allow reading {type} (needs {scope}).")
    String insufficientScope(String type, String scope);

    @Message("This account reads no patient records.")
    String noRecordAccess();

    @Message("Sign in to read patient records.")
    String signInRequired();
}
