package com.kneerehab.records.worklist;

import com.kneerehab.records.alert.AlertService;
import com.kneerehab.records.alert.ClinicianAlert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/** Each open alert: a session with high pain, pain rising over sessions, no session logged for a while. */
@ApplicationScoped
public class AlertSource implements AttentionSource {

    @Inject
    AlertService alerts;

    @Override
    public List<AttentionItem> items(Instant now, int limit) {
        return alerts.open(limit).stream().map(a -> AttentionItem.at(a.patientId, reason(a.kind), a.raisedAt,
                a.described(), "/clinic/patients/" + a.patientId + "/alerts/" + a.id + "/acknowledgement")).toList();
    }

    private static Reason reason(ClinicianAlert.Kind kind) {
        return switch (kind) {
            case HIGH_PAIN -> Reason.HIGH_PAIN;
            case RISING_PAIN -> Reason.RISING_PAIN;
            case NO_RECENT_SESSION -> Reason.NO_RECENT_SESSION;
        };
    }

    @Override
    public long count(Instant now, int upTo) {
        return alerts.countOpen(upTo);
    }

    @Override
    public boolean urgent() {
        return false;
    }
}
