package com.kneerehab.records.worklist;

import com.kneerehab.records.outcome.DueMeasure;
import com.kneerehab.records.outcome.OutcomeService;
import com.kneerehab.records.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * Each patient with an outcome measure to take: no baseline since the first evaluation, a measure assigned and
 * not answered by its due date, or a plan review reached without a review measure (see {@link DueMeasure}).
 */
@ApplicationScoped
public class MeasureDueSource implements AttentionSource {

    /** The navigation counts up to this many; the due list itself is capped the same way. */
    static final int COUNTED = 500;

    @Inject
    OutcomeService outcomes;

    @Override
    public List<AttentionItem> items(Instant now, int limit) {
        WorklistMessages text = Messages.get(WorklistMessages.class);
        return outcomes.dueForWorklist(limit).stream().map(d -> AttentionItem.on(d.patientId(), Reason.MEASURE_DUE,
                d.since(), why(d, text), link(d))).toList();
    }

    @Override
    public long count(Instant now, int upTo) {
        return outcomes.dueForWorklist(Math.min(COUNTED, upTo)).size();
    }

    @Override
    public boolean urgent() {
        return false;
    }

    @Override
    public boolean wholeClinic() {
        return true;
    }

    private static String why(DueMeasure d, WorklistMessages text) {
        return switch (d.reason()) {
            case BASELINE_MISSING -> text.baselineMissing(d.since());
            case NOT_ANSWERED -> text.measureNotAnswered(d.instrument().questionnaire().abbreviation(), d.occasion(),
                    d.since());
            case REVIEW_DUE -> text.reviewMeasureMissing(d.since());
        };
    }

    private static String link(DueMeasure d) {
        return d.measureId() != null ? "/clinic/measures/" + d.measureId() : "/clinic/measures/new?patient=" + d.patientId();
    }
}
