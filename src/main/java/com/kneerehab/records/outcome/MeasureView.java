package com.kneerehab.records.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One assigned measure in full: the form to fill in, the answers in progress (if any) and every submitted
 * response, the current one and those it superseded, oldest first. For a PSFS taken again,
 * {@code baselineActivities} are the activities the patient named at baseline, to be rated again so that the
 * averages compare like with like (empty otherwise).
 */
public record MeasureView(MeasureRow measure, FormView form, ResponseView draft, List<ResponseView> responses,
                          List<String> baselineActivities) {

    public record ResponseView(Long id, Integer number, MeasureResponse.Status status, BigDecimal score,
                               MeasureResponse.AnsweredBy answeredBy, String answeredByName, Instant startedAt,
                               Instant updatedAt, Instant submittedAt, Instant supersededAt, Long supersedesId,
                               String correctionReason, List<AnswerView> answers, int version) {

        /** A response with its answers in the order the questionnaire asks them. */
        static ResponseView of(MeasureResponse r, Questionnaire questionnaire) {
            List<String> order = questionnaire.items().stream().map(Questionnaire.Item::key).toList();
            return new ResponseView(r.id, r.number, r.status, r.score, r.answeredBy, r.answeredByName, r.startedAt,
                    r.updatedAt, r.submittedAt, r.supersededAt, r.supersedesId, r.correctionReason,
                    r.answers.stream().sorted(Comparator.comparingInt(a -> order.indexOf(a.itemKey)))
                            .map(a -> new AnswerView(a.itemKey, a.value, a.text)).toList(), r.version);
        }
    }

    public record AnswerView(String item, Integer value, String text) {
    }
}
