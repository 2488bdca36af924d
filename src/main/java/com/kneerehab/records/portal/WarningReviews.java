package com.kneerehab.records.portal;

import com.kneerehab.records.alert.Acknowledgements;
import com.kneerehab.records.alert.AcknowledgementInput;
import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.platform.CurrentUser;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The clinicians' side of warning reports: each report is listed until a clinician acknowledges that report,
 * saying what they did. The patient's flag is down only when none is left unacknowledged. Reads serve pages
 * that write their own audit line; an acknowledgement writes its own.
 */
@ApplicationScoped
public class WarningReviews {

    @Inject
    WarningReportRepository warnings;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<WarningReport> openFor(long patientId) {
        return warnings.openFor(patientId);
    }

    public List<WarningReport> acknowledgedFor(long patientId, int limit) {
        return warnings.acknowledgedFor(patientId, limit);
    }

    /** Every patient's unacknowledged reports, oldest first, for the worklist. */
    public List<WarningReport> open(int limit) {
        return warnings.open(limit);
    }

    public long countOpen() {
        return warnings.countOpen();
    }

    /** One report of the patient's, acknowledged or not. */
    public WarningReport require(long patientId, long reportId) {
        WarningReport report = warnings.findById(reportId);
        if (report == null || report.patientId != patientId) {
            throw DomainException.notFound(Messages.get(PortalMessages.class).theReport());
        }
        return report;
    }

    /**
     * Records what the caller did about one report. Refused when the report is not the patient's (404) or
     * already acknowledged (409, naming by whom): one conditional update, so of two clinicians acknowledging
     * at once exactly one succeeds, and an acknowledgement is never overwritten.
     */
    @Transactional
    public void acknowledge(long patientId, long reportId, AcknowledgementInput input) {
        String note = Acknowledgements.checked(input);
        if (!warnings.acknowledge(patientId, reportId, Instant.now(clock), user.subject(), input.action(), note)) {
            WarningReport report = warnings.findById(reportId);
            if (report == null || report.patientId != patientId) {
                audit.denied("warning.acknowledge", PortalService.WARNING, reportId, patientId);
                throw DomainException.notFound(Messages.get(PortalMessages.class).theReport());
            }
            throw Acknowledgements.already(report.acknowledgement);
        }
        audit.success("warning.acknowledge", PortalService.WARNING, reportId, patientId);
    }
}
