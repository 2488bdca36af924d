package com.kneerehab.records.outcome;

import com.kneerehab.records.outcome.Change.Verdict;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whether a change reaches each measure's minimal clinically important change, at and around the threshold. */
class ChangeTest {

    @Test
    void lefsNeedsNinePoints() {
        assertEquals(Verdict.IMPROVED, verdict(Instrument.LEFS, "41", "55"));
        assertEquals(Verdict.IMPROVED, verdict(Instrument.LEFS, "41", "50"));
        assertEquals(Verdict.NOT_YET, verdict(Instrument.LEFS, "41", "49"));
        assertEquals(Verdict.NOT_YET, verdict(Instrument.LEFS, "41", "33"));
        assertEquals(Verdict.WORSENED, verdict(Instrument.LEFS, "41", "32"));
    }

    @Test
    void nprsCountsALowerScoreAsBetterByTwoPointsOrThirtyPercent() {
        assertEquals(Verdict.IMPROVED, verdict(Instrument.NPRS, "6", "4"));   // 2 points
        assertEquals(Verdict.IMPROVED, verdict(Instrument.NPRS, "3", "2"));   // 1 point, but 33 % of 3
        assertEquals(Verdict.IMPROVED, verdict(Instrument.NPRS, "10", "7"));  // 30 % exactly
        assertEquals(Verdict.NOT_YET, verdict(Instrument.NPRS, "8", "7"));    // 1 point, 12.5 %
        assertEquals(Verdict.NOT_YET, verdict(Instrument.NPRS, "5", "5"));
        assertEquals(Verdict.WORSENED, verdict(Instrument.NPRS, "4", "6"));
        // worsening is judged in points only: 1 -> 2 doubles the pain but is one point
        assertEquals(Verdict.NOT_YET, verdict(Instrument.NPRS, "1", "2"));
        assertEquals(Verdict.NOT_YET, verdict(Instrument.NPRS, "0", "1"));
    }

    @Test
    void kujalaNeedsTenPoints() {
        assertEquals(Verdict.NOT_YET, verdict(Instrument.KUJALA, "70", "79"));
        assertEquals(Verdict.IMPROVED, verdict(Instrument.KUJALA, "70", "80"));
        assertEquals(Verdict.WORSENED, verdict(Instrument.KUJALA, "70", "60"));
    }

    @Test
    void visaPNeedsThirteenPoints() {
        assertEquals(Verdict.NOT_YET, verdict(Instrument.VISA_P, "54", "66"));
        assertEquals(Verdict.IMPROVED, verdict(Instrument.VISA_P, "54", "67"));
    }

    @Test
    void psfsNeedsTwoPointsOnTheAverage() {
        assertEquals(Verdict.IMPROVED, verdict(Instrument.PSFS, "3.3", "5.3"));
        assertEquals(Verdict.NOT_YET, verdict(Instrument.PSFS, "3.3", "5.2"));
        assertEquals(Verdict.WORSENED, verdict(Instrument.PSFS, "6.0", "4.0"));
    }

    @Test
    void describesTheChangeInWords() {
        Change change = Change.between(Instrument.LEFS.questionnaire(), new BigDecimal("41"), new BigDecimal("55"));
        assertEquals(new BigDecimal("14"), change.difference());
        assertEquals("{name} {baseline} → {later} ({change}): clinically important improvement",
                change.describe("LEFS", Wording.ENGLISH));
        assertEquals("+14", Change.signed(change.difference()));
        assertEquals("-2.5", Change.signed(new BigDecimal("-2.50")));
        assertEquals("0", Change.signed(new BigDecimal("0.0")));
        assertEquals("3.3", Change.number(new BigDecimal("3.3")));
        assertEquals("10", Change.number(new BigDecimal("10.0")));
    }

    @Test
    void comparesTheBaselineOccasionWithTheLatestMeasureTaken() {
        Instant t0 = Instant.parse("2026-01-05T10:00:00Z");
        List<MeasureRow> rows = List.of(
                row(1, Instrument.LEFS, Occasion.REVIEW, "30", t0),
                row(2, Instrument.LEFS, Occasion.BASELINE, "41", t0.plus(Duration.ofDays(1))),
                row(3, Instrument.LEFS, Occasion.DISCHARGE, "55", t0.plus(Duration.ofDays(60))),
                row(4, Instrument.LEFS, Occasion.REVIEW, "48", t0.plus(Duration.ofDays(30))),
                row(5, Instrument.KUJALA, Occasion.BASELINE, "70", t0),
                row(6, Instrument.NPRS, Occasion.BASELINE, "6", t0),
                row(7, Instrument.NPRS, Occasion.REVIEW, null, null));
        List<ChangeView> changes = ChangeView.of(rows, Wording.ENGLISH);
        assertEquals(1, changes.size(), "a measure taken once, or not yet answered, has no change");
        ChangeView lefs = changes.get(0);
        assertEquals(new BigDecimal("41"), lefs.baseline());
        assertEquals(new BigDecimal("55"), lefs.latest());
        assertEquals(new BigDecimal("14"), lefs.change());
        assertEquals(Verdict.IMPROVED, lefs.verdict());
    }

    private static MeasureRow row(long id, Instrument instrument, Occasion occasion, String score, Instant taken) {
        return new MeasureRow(id, 1L, instrument, occasion, LocalDate.of(2026, 1, 5), taken == null
                ? AssignedMeasure.Status.OPEN : AssignedMeasure.Status.COMPLETED, "Clinician", taken, taken,
                score == null ? null : new BigDecimal(score), taken == null ? null : 1,
                MeasureResponse.AnsweredBy.PATIENT, taken, null);
    }

    private static Verdict verdict(Instrument instrument, String baseline, String later) {
        return Change.between(instrument.questionnaire(), new BigDecimal(baseline), new BigDecimal(later)).verdict();
    }
}
