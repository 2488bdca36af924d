package com.kneerehab.records.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How a measure moved from the patient's baseline to the latest score, judged against its threshold, with
 * the sentence a clinician reads ("LEFS 41 → 55 (+14): clinically important improvement").
 */
public record ChangeView(Instrument instrument, String name, BigDecimal baseline, Instant baselineTakenAt,
                         BigDecimal latest, Instant latestTakenAt, BigDecimal change, BigDecimal threshold,
                         Change.Verdict verdict, String summary) {

    /**
     * For each measure scored at least twice: the baseline (the first taken on a baseline occasion, else the
     * first taken) against the latest taken, in the order the measures were taken, each by its current
     * response.
     */
    public static List<ChangeView> of(List<MeasureRow> rows, OutcomeMessages messages) {
        return Arrays.stream(Instrument.values()).map(instrument -> {
            List<MeasureRow> scored = rows.stream()
                    .filter(r -> r.instrument() == instrument && r.score() != null && r.completedAt() != null)
                    .sorted(Comparator.comparing(MeasureRow::completedAt).thenComparing(MeasureRow::id))
                    .toList();
            if (scored.size() < 2) {
                return null;
            }
            MeasureRow baseline = scored.stream().filter(r -> r.occasion() == Occasion.BASELINE).findFirst()
                    .orElse(scored.get(0));
            MeasureRow latest = scored.get(scored.size() - 1);
            if (latest == baseline) {
                return null;
            }
            Questionnaire q = instrument.questionnaire();
            Change change = Change.between(q, baseline.score(), latest.score());
            return new ChangeView(instrument, q.abbreviation(), baseline.score(), baseline.completedAt(),
                    latest.score(), latest.completedAt(), change.difference(), q.threshold().points(),
                    change.verdict(), change.describe(q.abbreviation(), messages));
        }).filter(Objects::nonNull).toList();
    }
}
