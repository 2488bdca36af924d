package com.kneerehab.records.worklist;

import com.kneerehab.records.evaluation.EvaluationService;
import com.kneerehab.records.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Each draft evaluation started more than a day ago. */
@ApplicationScoped
public class DraftEvaluationSource implements AttentionSource {

    static final Duration OLD_DRAFT = Duration.ofDays(1);

    @Inject
    EvaluationService evaluations;

    @Override
    public List<AttentionItem> items(Instant now, int limit) {
        WorklistMessages text = Messages.get(WorklistMessages.class);
        return evaluations.draftsStartedBefore(now.minus(OLD_DRAFT), limit).stream().map(d -> AttentionItem.at(
                d.patientId(), Reason.DRAFT_EVALUATION, d.createdAt(), text.draft(d.visitDate(), d.clinicianName()),
                "/clinic/evaluations/" + d.evaluationId())).toList();
    }

    @Override
    public long count(Instant now, int upTo) {
        return evaluations.countDraftsStartedBefore(now.minus(OLD_DRAFT), upTo);
    }

    @Override
    public boolean urgent() {
        return false;
    }
}
