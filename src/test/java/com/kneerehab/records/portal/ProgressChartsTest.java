package com.kneerehab.records.portal;

import com.kneerehab.records.platform.Language;
import com.kneerehab.records.platform.Messages;
import com.kneerehab.records.platform.chart.ChartPlot;
import com.kneerehab.records.platform.chart.TimeChart;
import com.kneerehab.records.platform.chart.TimeChart.MarkerKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pain and adherence as two charts on one time line, with plan changes and warning reports marked. */
class ProgressChartsTest {

    static final LocalDate MON = LocalDate.of(2026, 10, 12);
    static final LocalDate SUN = MON.plusWeeks(8).minusDays(1);
    final PortalMessages text = Messages.get(PortalMessages.class);

    Progress progress() {
        List<Progress.Week> weeks = List.of(new Progress.Week(MON.plusWeeks(6), 3, 5), new Progress.Week(MON.plusWeeks(7), 5, 5));
        List<Progress.PainPoint> pain = List.of(new Progress.PainPoint(MON.plusWeeks(6), 6, 5),
                new Progress.PainPoint(MON.plusWeeks(6).plusDays(2), 5, 3), new Progress.PainPoint(SUN, 3, 1));
        return new Progress(weeks, pain);
    }

    List<ProgressCharts.Event> events() {
        return List.of(new ProgressCharts.Event(MON.plusWeeks(6).plusDays(2), MarkerKind.WARNING, "Warning report: an upset stomach"),
                new ProgressCharts.Event(MON.plusWeeks(5), MarkerKind.CHANGE, "Plan 2 starts"));
    }

    @Test
    void painIsPlottedBeforeAndAfterWithTheEventsMarked() {
        ProgressCharts charts = ProgressCharts.of(progress(), events(), MON, SUN, text, Language.ENGLISH);
        TimeChart pain = charts.pain();
        assertEquals(List.of(TimeChart.Look.DASHED, TimeChart.Look.SOLID), pain.series().stream().map(TimeChart.Series::look).toList());
        assertEquals(List.of(5.0, 3.0, 1.0), pain.series().get(1).points().stream().map(TimeChart.Point::value).toList());
        assertEquals(0, pain.y().min());
        assertEquals(10, pain.y().max());
        assertEquals(text.painAxis(), pain.y().label());
        assertEquals(List.of(MarkerKind.CHANGE, MarkerKind.WARNING), pain.markers().stream().map(TimeChart.Marker::kind).toList());
        assertTrue(pain.legend().stream().anyMatch(e -> e.name().equals(text.warningLegend())));
        assertTrue(pain.summary().contains(text.eventsSummary(1, 1)), pain.summary());
    }

    @Test
    void thePainTableListsEverySessionAndEveryEventInDateOrder() {
        TimeChart pain = ProgressCharts.of(progress(), events(), MON, SUN, text, Language.ENGLISH).pain();
        assertEquals(List.of(text.date(), text.painBefore(), text.painAfter(), text.events()), pain.table().headers());
        List<List<String>> rows = pain.table().rows();
        assertEquals(4, rows.size());
        assertEquals(List.of(MON.plusWeeks(5).toString(), "—", "—", "Plan 2 starts"), rows.get(0));
        assertEquals(List.of(MON.plusWeeks(6).toString(), "6", "5", ""), rows.get(1));
        assertEquals(List.of(MON.plusWeeks(6).plusDays(2).toString(), "5", "3", "Warning report: an upset stomach"), rows.get(2));
        assertEquals(List.of(SUN.toString(), "3", "1", ""), rows.get(3));
    }

    @Test
    void adherenceIsABarPerWeekWithTheCountsInTheTable() {
        TimeChart adherence = ProgressCharts.of(progress(), events(), MON, SUN, text, Language.ENGLISH).adherence();
        TimeChart.Series bars = adherence.series().get(0);
        assertEquals(TimeChart.Look.BARS, bars.look());
        assertEquals(List.of(60.0, 100.0), bars.points().stream().map(TimeChart.Point::value).toList());
        assertEquals(MON.plusWeeks(7), bars.points().get(0).until());
        assertEquals(List.of("0%", "25%", "50%", "75%", "100%"), adherence.y().ticks().stream().map(TimeChart.Tick::label).toList());
        assertEquals(List.of(List.of(MON.plusWeeks(6).toString(), "3", "5", "60%"), List.of(MON.plusWeeks(7).toString(), "5", "5", "100%")),
                adherence.table().rows());
        assertEquals(2, adherence.markers().size(), "the same events on both charts");
        ChartPlot plot = adherence.narrow();
        assertEquals(2, plot.bars().size());
    }

    @Test
    void spanishReadersGetSpanishDatesAndPercentages() {
        TimeChart adherence = ProgressCharts.of(progress(), List.of(), MON, SUN, text, Language.SPANISH).adherence();
        assertEquals("100\u00a0%", adherence.table().rows().get(1).get(3));
        assertFalse(adherence.table().rows().get(0).get(0).contains("2026-"), adherence.table().rows().get(0).get(0));
        assertEquals("12 oct", adherence.xTicks().get(0).label());
    }

    @Test
    void withoutSessionsOrWeeksThereIsNothingToChart() {
        ProgressCharts none = ProgressCharts.of(new Progress(List.of(), List.of()), List.of(), MON, SUN, text, Language.ENGLISH);
        assertTrue(none.isEmpty());
        assertTrue(none.pain().summary().startsWith(text.painSummaryNone()));
    }
}
