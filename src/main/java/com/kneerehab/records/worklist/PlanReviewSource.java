package com.kneerehab.records.worklist;

import com.kneerehab.records.plan.PlanService;
import com.kneerehab.records.platform.ClinicTime;
import com.kneerehab.records.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Each current plan whose review date has passed, "today" being the clinic's date. */
@ApplicationScoped
public class PlanReviewSource implements AttentionSource {

    @Inject
    PlanService plans;

    @Inject
    ClinicTime clinicTime;

    @Override
    public List<AttentionItem> items(Instant now, int limit) {
        WorklistMessages text = Messages.get(WorklistMessages.class);
        return plans.reviewsPassed(today(now), limit).stream().map(r -> AttentionItem.on(r.patientId(),
                Reason.PLAN_REVIEW_PASSED, r.reviewDate(), text.reviewPassed(r.planNumber(), r.reviewDate()),
                "/clinic/plans/" + r.planId())).toList();
    }

    @Override
    public long count(Instant now, int upTo) {
        return plans.countReviewsPassed(today(now), upTo);
    }

    @Override
    public boolean urgent() {
        return false;
    }

    LocalDate today(Instant now) {
        return clinicTime.dateOf(now);
    }
}
