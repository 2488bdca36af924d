package com.kneerehab.records.worklist;

import com.kneerehab.records.plan.PlanService;
import com.kneerehab.records.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Each current plan whose review date has passed. */
@ApplicationScoped
public class PlanReviewSource implements AttentionSource {

    @Inject
    PlanService plans;

    @Override
    public List<AttentionItem> items(Instant now, int limit) {
        WorklistMessages text = Messages.get(WorklistMessages.class);
        return plans.reviewsPassed(today(now), limit).stream().map(r -> AttentionItem.on(r.patientId(),
                Reason.PLAN_REVIEW_PASSED, r.reviewDate(), text.reviewPassed(r.planNumber(), r.reviewDate()),
                "/clinic/plans/" + r.planId())).toList();
    }

    @Override
    public long count(Instant now) {
        return plans.countReviewsPassed(today(now));
    }

    @Override
    public boolean urgent() {
        return false;
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
