package com.kneerehab.records.fhir;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** A refusal of the FHIR API, answered as an OperationOutcome with its HTTP status. */
public class FhirError extends RuntimeException {

    private final int status;
    private final IssueType issue;

    FhirError(int status, IssueType issue, String diagnostics) {
        super(diagnostics);
        this.status = status;
        this.issue = issue;
    }

    static FhirError notFound(String type, String id) {
        return new FhirError(404, IssueType.NOTFOUND, FhirService.text().notFound(type, id));
    }

    static FhirError invalid(String diagnostics) {
        return new FhirError(400, IssueType.INVALID, diagnostics);
    }

    static FhirError forbidden(String diagnostics) {
        return new FhirError(403, IssueType.FORBIDDEN, diagnostics);
    }

    public int status() {
        return status;
    }

    public OperationOutcome outcome() {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(issue).setDiagnostics(getMessage());
        return outcome;
    }
}
