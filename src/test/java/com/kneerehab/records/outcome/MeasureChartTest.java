package com.kneerehab.records.outcome;

import com.kneerehab.records.platform.ClinicTime;
import com.kneerehab.records.platform.Language;
import com.kneerehab.records.platform.Messages;
import com.kneerehab.records.platform.chart.TimeChart;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each measure's scores over time, its baseline, the band a change must leave to matter, and its sentence. */
class MeasureChartTest {

    final OutcomeMessages text = Messages.get(OutcomeMessages.class);
    final ClinicTime clinic = new ClinicTime(ZoneId.of("Pacific/Kiritimati"));

    static MeasureRow taken(long id, Instrument instrument, Occasion occasion, String score, String at) {
        return new MeasureRow(id, 1L, instrument, occasion, LocalDate.of(2026, 10, 1), AssignedMeasure.Status.COMPLETED,
                "Clinician", Instant.parse(at), Instant.parse(at), new BigDecimal(score), 1,
                MeasureResponse.AnsweredBy.PATIENT, Instant.parse(at), null);
    }

    @Test
    void lefsShowsItsScoresTheBaselineAndAnEvenBandOfNinePoints() {
        List<MeasureChart> charts = MeasureChart.of(List.of(
                taken(2, Instrument.LEFS, Occasion.REVIEW, "55", "2026-11-30T12:00:00Z"),
                taken(1, Instrument.LEFS, Occasion.BASELINE, "41", "2026-10-01T12:00:00Z")), text, clinic, Language.ENGLISH);
        assertEquals(1, charts.size());
        MeasureChart lefs = charts.get(0);
        TimeChart chart = lefs.chart();
        assertEquals(List.of(41.0, 55.0), chart.series().get(0).points().stream().map(TimeChart.Point::value).toList());
        assertEquals(LocalDate.of(2026, 10, 2), chart.from(), "the day is the clinic's, 14 hours ahead");
        assertEquals(LocalDate.of(2026, 12, 1), chart.to());
        assertEquals(0, chart.y().min());
        assertEquals(80, chart.y().max());
        assertEquals(List.of("0", "20", "40", "60", "80"), chart.y().ticks().stream().map(TimeChart.Tick::label).toList());
        assertEquals(32, chart.bands().get(0).low());
        assertEquals(50, chart.bands().get(0).high());
        assertEquals(41, chart.references().get(0).value());
        assertTrue(lefs.statement().contains("clinically important improvement"), lefs.statement());
        assertEquals(List.of(List.of("2026-10-02", text.occasionBaseline(), "41", "—"),
                List.of("2026-12-01", text.occasionReview(), "55", "+14")), chart.table().rows());
        assertTrue(chart.summary().startsWith(lefs.statement()), chart.summary());
    }

    @Test
    void nprsBandLeansTheWayPainImprovesAndTakesThirtyPercentWhereThatIsLess() {
        MeasureChart nprs = MeasureChart.of(List.of(
                taken(1, Instrument.NPRS, Occasion.BASELINE, "6", "2026-10-01T12:00:00Z"),
                taken(2, Instrument.NPRS, Occasion.REVIEW, "5", "2026-11-01T12:00:00Z")), text, clinic, Language.ENGLISH).get(0);
        TimeChart.Band band = nprs.chart().bands().get(0);
        assertEquals(4.2, band.low(), 1e-9);
        assertEquals(8, band.high(), 1e-9);
        assertTrue(nprs.statement().contains("not yet"), nprs.statement());
    }

    @Test
    void theBandStopsAtTheEndsOfTheScale() {
        MeasureChart kujala = MeasureChart.of(List.of(
                taken(1, Instrument.KUJALA, Occasion.BASELINE, "95", "2026-10-01T12:00:00Z")), text, clinic, Language.ENGLISH).get(0);
        assertEquals(85, kujala.chart().bands().get(0).low());
        assertEquals(100, kujala.chart().bands().get(0).high());
    }

    @Test
    void aMeasureTakenOnceSaysItIsNotYetMeasuredAgain() {
        MeasureChart once = MeasureChart.of(List.of(
                taken(1, Instrument.VISA_P, Occasion.BASELINE, "52", "2026-10-01T12:00:00Z")), text, clinic, Language.ENGLISH).get(0);
        assertEquals(text.onlyBaseline("VISA-P", "52", "2026-10-02"), once.statement());
        assertEquals(1, once.chart().series().get(0).points().size());
    }

    @Test
    void measuresWithoutAScoreAreLeftOutAndTheRestComeInTheirDeclaredOrder() {
        MeasureRow open = new MeasureRow(9L, 1L, Instrument.PSFS, Occasion.BASELINE, LocalDate.of(2026, 10, 1),
                AssignedMeasure.Status.OPEN, "Clinician", Instant.parse("2026-10-01T12:00:00Z"), null, null, null, null, null, null);
        List<MeasureChart> charts = MeasureChart.of(List.of(open,
                taken(1, Instrument.KUJALA, Occasion.BASELINE, "70", "2026-10-01T12:00:00Z"),
                taken(2, Instrument.NPRS, Occasion.BASELINE, "6", "2026-10-01T12:00:00Z")), text, clinic, Language.ENGLISH);
        assertEquals(List.of(Instrument.NPRS, Instrument.KUJALA), charts.stream().map(MeasureChart::instrument).toList());
        assertEquals("outcome-kujala", charts.get(1).chart().id());
    }

    @Test
    void theImprovementNeededIsThePointsOrTheShareOfTheBaselineWhicheverIsLess() {
        Questionnaire nprs = Instrument.NPRS.questionnaire();
        assertEquals(0, new BigDecimal("1.5").compareTo(Change.improvementNeeded(nprs, BigDecimal.valueOf(5))));
        assertEquals(0, new BigDecimal("2").compareTo(Change.improvementNeeded(nprs, BigDecimal.valueOf(8))));
        assertEquals(0, new BigDecimal("2").compareTo(Change.improvementNeeded(nprs, BigDecimal.ZERO)));
        assertEquals(0, BigDecimal.valueOf(9).compareTo(Change.improvementNeeded(Instrument.LEFS.questionnaire(), BigDecimal.TEN)));
        // the band's edge is where the verdict turns
        assertEquals(Change.Verdict.IMPROVED, Change.between(nprs, BigDecimal.valueOf(5), new BigDecimal("3.5")).verdict());
        assertEquals(Change.Verdict.NOT_YET, Change.between(nprs, BigDecimal.valueOf(5), new BigDecimal("3.6")).verdict());
    }
}
