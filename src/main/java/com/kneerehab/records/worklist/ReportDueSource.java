package com.kneerehab.records.worklist;

import com.kneerehab.records.platform.Messages;
import com.kneerehab.records.report.ReportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * Each patient whose progress report to the referring physician is due: the configured number of visits or
 * days since the last signed report (or the first visit), whichever comes first ({@link ReportService#due}).
 */
@ApplicationScoped
public class ReportDueSource implements AttentionSource {

    @Inject
    ReportService reports;

    @Override
    public List<AttentionItem> items(Instant now, int limit) {
        WorklistMessages text = Messages.get(WorklistMessages.class);
        return reports.due().stream().limit(limit).map(d -> AttentionItem.on(d.patientId(), Reason.PROGRESS_REPORT_DUE,
                d.dueSince(), text.progressReportDue(d.visitsSince(), d.lastReport(), d.countedFrom()),
                "/clinic/reports?patient=" + d.patientId())).toList();
    }

    @Override
    public long count(Instant now, int upTo) {
        return Math.min(reports.due().size(), upTo);
    }

    @Override
    public boolean urgent() {
        return false;
    }

    @Override
    public boolean wholeClinic() {
        return true;
    }
}
