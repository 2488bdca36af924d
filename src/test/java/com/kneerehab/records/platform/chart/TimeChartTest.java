package com.kneerehab.records.platform.chart;

import com.kneerehab.records.platform.Language;
import com.kneerehab.records.platform.chart.TimeChart.Look;
import com.kneerehab.records.platform.chart.TimeChart.MarkerKind;
import com.kneerehab.records.platform.chart.TimeChart.Point;
import com.kneerehab.records.platform.chart.TimeChart.Tone;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chart model: axes, ticks, markers, bands, the legend and the text alternative, and where they are drawn. */
class TimeChartTest {

    static final LocalDate MON = LocalDate.of(2026, 10, 12);
    static final LocalDate SUN = MON.plusWeeks(8).minusDays(1);

    static TimeChart.Builder pain() {
        return TimeChart.builder("pain", "Pain")
                .period(MON, SUN)
                .yAxis("Pain (0 none – 10 worst)", 0, 10, TimeChart.ticks(0, 10, 2, v -> Integer.toString((int) v)))
                .series("Before", Look.DASHED, Tone.AMBER, List.of(Point.at(MON.plusDays(2), 6, "6"), Point.at(SUN, 3, "3")))
                .series("After", Look.SOLID, Tone.BLUE, List.of(Point.at(MON.plusDays(2), 4, "4"), Point.at(SUN, 1, "1")));
    }

    @Test
    void theValueAxisHasItsLabelRangeAndTicks() {
        TimeChart chart = pain().build();
        assertEquals("Pain (0 none – 10 worst)", chart.y().label());
        assertEquals(0, chart.y().min());
        assertEquals(10, chart.y().max());
        assertEquals(List.of("0", "2", "4", "6", "8", "10"), chart.y().ticks().stream().map(TimeChart.Tick::label).toList());
        assertEquals(List.of(0.0, 25.0, 50.0, 75.0, 100.0),
                TimeChart.ticks(0, 100, 25, v -> "").stream().map(TimeChart.Tick::value).toList());
    }

    @Test
    void aValueBeyondTheAxisWidensItRatherThanLeavingThePlot() {
        TimeChart chart = pain().series("Odd", Look.SOLID, Tone.GREEN, List.of(Point.at(MON, 12, "12"))).build();
        assertEquals(12, chart.y().max());
    }

    @Test
    void eightWeeksAreTickedOnMondays() {
        TimeChart chart = pain().build();
        List<TimeChart.Tick> ticks = chart.xTicks();
        assertEquals(8, ticks.size());
        assertEquals("12 Oct", ticks.get(0).label());
        assertTrue(ticks.stream().allMatch(t -> LocalDate.ofEpochDay((long) t.value()).getDayOfWeek() == DayOfWeek.MONDAY));
    }

    @Test
    void shortPeriodsAreTickedDailyAndLongOnesMonthly() {
        assertEquals(3, TimeChart.dateTicks(MON, MON.plusDays(2), Language.ENGLISH, 9).size());
        List<TimeChart.Tick> year = TimeChart.dateTicks(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 12, 20), Language.ENGLISH, 9);
        assertTrue(year.size() <= 9 && year.size() >= 3, year.toString());
        assertEquals("Feb 2026", year.get(0).label());
        assertEquals("4 oct", TimeChart.dateTicks(LocalDate.of(2026, 10, 4), LocalDate.of(2026, 10, 5), Language.SPANISH, 9)
                .get(0).label());
    }

    @Test
    void aSingleDayIsWidenedSoItsPointSitsInTheMiddle() {
        TimeChart chart = TimeChart.builder("one", "One").period(MON, MON).yAxis("Score", 0, 80, List.of())
                .series("LEFS", Look.SOLID, Tone.PURPLE, List.of(Point.at(MON, 41, "41"))).build();
        assertEquals(MON.minusDays(3), chart.from());
        assertEquals(MON.plusDays(3), chart.to());
        ChartPlot plot = chart.wide();
        assertEquals((plot.left() + plot.right()) / 2, plot.x(MON), 0.01);
    }

    @Test
    void markersOutsideThePeriodOrOfAnUnnamedKindAreLeftOut() {
        TimeChart chart = pain()
                .markerKind(MarkerKind.CHANGE, "New plan")
                .marker(MON.plusDays(9), MarkerKind.CHANGE, "Plan 2 starts")
                .marker(MON.minusDays(1), MarkerKind.CHANGE, "Plan 1 starts")
                .marker(MON.plusDays(20), MarkerKind.WARNING, "Warning report")
                .build();
        assertEquals(List.of("Plan 2 starts"), chart.markers().stream().map(TimeChart.Marker::text).toList());
    }

    @Test
    void theLegendNamesWhatIsDrawnAndOnlyThat() {
        TimeChart chart = pain()
                .band("No important change", 3, 5)
                .reference("Baseline", 4)
                .markerKind(MarkerKind.CHANGE, "New plan")
                .markerKind(MarkerKind.WARNING, "Warning report")
                .marker(MON.plusDays(20), MarkerKind.WARNING, "Warning report: an upset stomach")
                .build();
        assertEquals(List.of("Before", "After", "Baseline", "No important change", "Warning report"),
                chart.legend().stream().map(TimeChart.LegendEntry::name).toList());
        assertEquals(List.of("line", "line", "line", "band", "marker"),
                chart.legend().stream().map(TimeChart.LegendEntry::kind).toList());
        assertEquals("series-dashed tone-amber", chart.legend().get(0).styleClass());
        assertEquals("marker-warning", chart.legend().get(4).styleClass());
    }

    @Test
    void theTextAlternativeIsATableOfTheSameNumbers() {
        TimeChart chart = pain().summary("Two sessions; pain after fell from 4 to 1.")
                .table("Pain scores", List.of("Date", "Before", "After"),
                        List.of(List.of("2026-10-14", "6", "4"), List.of("2026-12-06", "3", "1")))
                .build();
        assertEquals("Two sessions; pain after fell from 4 to 1.", chart.summary());
        assertEquals("Pain scores", chart.table().caption());
        assertEquals(List.of("2026-12-06", "3", "1"), chart.table().rows().get(1));
        assertThrows(IllegalArgumentException.class, () -> pain().table("Pain", List.of("Date", "Before"),
                List.of(List.of("2026-10-14"))));
    }

    @Test
    void aChartNeedsItsPeriodAndAxis() {
        assertThrows(IllegalStateException.class, () -> TimeChart.builder("x", "X").period(MON, SUN).build());
        assertThrows(IllegalArgumentException.class, () -> TimeChart.builder("x", "X").period(SUN, MON));
        assertThrows(IllegalArgumentException.class, () -> TimeChart.builder("x", "X").yAxis("Y", 5, 5, List.of()));
    }

    @Test
    void emptyMeansNothingToDraw() {
        TimeChart empty = TimeChart.builder("e", "E").period(MON, SUN).yAxis("Y", 0, 1, List.of())
                .series("S", Look.SOLID, Tone.BLUE, List.of()).build();
        assertTrue(empty.isEmpty());
        assertFalse(pain().build().isEmpty());
    }
}
