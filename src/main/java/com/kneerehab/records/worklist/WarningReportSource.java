package com.kneerehab.records.worklist;

import com.kneerehab.records.portal.WarningReport;
import com.kneerehab.records.portal.WarningReviews;
import com.kneerehab.records.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/** Each unacknowledged warning report, with the patient's own words. */
@ApplicationScoped
public class WarningReportSource implements AttentionSource {

    @Inject
    WarningReviews warnings;

    @Override
    public List<AttentionItem> items(Instant now, int limit) {
        WorklistMessages text = Messages.get(WorklistMessages.class);
        return warnings.open(limit).stream().map(w -> AttentionItem.at(w.patientId, Reason.WARNING_SYMPTOM, w.createdAt,
                why(text, w), "/clinic/patients/" + w.patientId + "/warnings/" + w.id + "/acknowledgement")).toList();
    }

    private static String why(WorklistMessages text, WarningReport w) {
        return w.details == null ? text.warning(w.symptom.label()) : text.warningWithWords(w.symptom.label(), w.details);
    }

    @Override
    public long count(Instant now, int upTo) { // urgent: every open report is counted
        return warnings.countOpen();
    }

    @Override
    public boolean urgent() {
        return true;
    }
}
