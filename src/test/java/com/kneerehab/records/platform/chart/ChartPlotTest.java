package com.kneerehab.records.platform.chart;

import com.kneerehab.records.platform.chart.TimeChart.Look;
import com.kneerehab.records.platform.chart.TimeChart.MarkerKind;
import com.kneerehab.records.platform.chart.TimeChart.Point;
import com.kneerehab.records.platform.chart.TimeChart.Tone;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.kneerehab.records.platform.chart.TimeChartTest.MON;
import static com.kneerehab.records.platform.chart.TimeChartTest.SUN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the parts of a chart are drawn in each frame. */
class ChartPlotTest {

    @Test
    void thePeriodSpansThePlotInsideItsInsetAndTheAxisItsHeight() {
        ChartPlot plot = TimeChartTest.pain().build().narrow();
        ChartPlot.Frame f = ChartPlot.Frame.NARROW;
        assertEquals(f.left() + ChartPlot.INSET, plot.x(MON), 0.001);
        assertEquals(f.width() - f.right() - ChartPlot.INSET, plot.x(SUN), 0.001);
        assertEquals(f.height() - f.bottom(), plot.y(0), 0.001);
        assertEquals(f.top(), plot.y(10), 0.001);
        assertEquals((plot.y(0) + plot.y(10)) / 2, plot.y(5), 0.001);
        assertEquals("0 0 320 230", plot.viewBox());
    }

    @Test
    void linesJoinTheirPointsAndEveryPointHasADotWithItsText() {
        ChartPlot plot = TimeChartTest.pain().build().wide();
        List<ChartPlot.Line> lines = plot.lines();
        assertEquals(2, lines.size());
        assertEquals(2, lines.get(1).points().split(" ").length);
        assertEquals("series-solid tone-blue", lines.get(1).styleClass());
        assertEquals(List.of("4", "1"), lines.get(1).dots().stream().map(ChartPlot.Placed::label).toList());
        assertEquals(ChartPlot.n(plot.x(SUN)) + "," + ChartPlot.n(plot.y(1)), lines.get(1).points().split(" ")[1]);
    }

    @Test
    void aLoneValueIsADotWithoutALine() {
        ChartPlot plot = TimeChart.builder("one", "One").period(MON, SUN).yAxis("Y", 0, 10, List.of())
                .series("S", Look.SOLID, Tone.BLUE, List.of(Point.at(MON, 5, "5"))).build().wide();
        assertTrue(!plot.lines().get(0).hasLine());
        assertEquals(1, plot.lines().get(0).dots().size());
    }

    @Test
    void weeklyBarsRiseFromTheAxisAndStayInsideThePlot() {
        TimeChart chart = TimeChart.builder("adh", "Adherence").period(MON, SUN)
                .yAxis("Adherence (%)", 0, 100, TimeChart.ticks(0, 100, 25, v -> (int) v + "%"))
                .series("Per week", Look.BARS, Tone.GREEN, List.of(Point.over(MON, MON.plusWeeks(1), 80, "80%"),
                        Point.over(SUN.minusDays(6), SUN.plusDays(1), 0, "0%")))
                .build();
        ChartPlot plot = chart.wide();
        List<ChartPlot.Rect> bars = plot.bars();
        assertEquals(2, bars.size());
        ChartPlot.Rect first = bars.get(0);
        assertEquals(plot.y(0), Double.parseDouble(first.y()) + Double.parseDouble(first.height()), 0.11);
        assertEquals(plot.y(80), Double.parseDouble(first.y()), 0.11);
        ChartPlot.Rect last = bars.get(1);
        assertTrue(Double.parseDouble(last.x()) + Double.parseDouble(last.width()) <= plot.right() + 0.05);
        assertEquals("0", last.height());
        assertTrue(plot.lines().isEmpty(), "bars are not lines");
    }

    @Test
    void aBandIsClippedToThePlotAndKeepsItsName() {
        ChartPlot plot = TimeChartTest.pain().band("Within the threshold", 8, 12).build().wide();
        ChartPlot.Rect band = plot.bands().get(0);
        assertEquals(ChartPlot.n(plot.top()), band.y());
        assertEquals(ChartPlot.n(plot.y(8) - plot.top()), band.height());
        assertEquals("Within the threshold", band.label());
    }

    @Test
    void markersCrossThePlotAtTheirDayWithAShapeForTheirKind() {
        LocalDate change = MON.plusDays(9);
        ChartPlot plot = TimeChartTest.pain()
                .markerKind(MarkerKind.CHANGE, "New plan").markerKind(MarkerKind.WARNING, "Warning report")
                .marker(change, MarkerKind.CHANGE, "Plan 2 starts")
                .marker(change, MarkerKind.WARNING, "Warning report: an upset stomach")
                .build().wide();
        List<ChartPlot.Rule> markers = plot.markers();
        assertEquals(2, markers.size());
        assertEquals(ChartPlot.n(plot.x(change)), markers.get(0).x1());
        assertEquals(markers.get(0).x1(), markers.get(0).x2());
        assertEquals(ChartPlot.n(plot.top()), markers.get(0).y1());
        assertEquals(ChartPlot.n(plot.bottom()), markers.get(0).y2());
        assertTrue(markers.get(0).symbol().endsWith("h8v8h-8z"), "a square for a change");
        assertTrue(markers.get(1).symbol().endsWith("l5 9h-10z"), "a triangle for a warning");
        assertEquals("marker-warning", markers.get(1).styleClass());
    }

    @Test
    void aPhoneGetsFewerDateLabelsThanAWideScreen() {
        TimeChart chart = TimeChartTest.pain().build();
        assertTrue(chart.narrow().dateTicks().size() <= ChartPlot.Frame.NARROW.mostDateLabels());
        assertEquals(8, chart.wide().dateTicks().size());
        assertEquals(chart.xTicks().get(0).label(), chart.narrow().dateTicks().get(0).label());
    }

    @Test
    void eachFrameHasItsOwnIdsSoTwoChartsOnAPageDoNotClash() {
        TimeChart chart = TimeChartTest.pain().build();
        assertNotEquals(chart.narrow().idPrefix(), chart.wide().idPrefix());
        assertEquals(List.of("narrow", "wide"), chart.plots().stream().map(p -> p.frame().name()).toList());
    }

    @Test
    void coordinatesAreWrittenWithOneDecimalAtMost() {
        assertEquals("12", ChartPlot.n(12.0));
        assertEquals("12.3", ChartPlot.n(12.34));
        assertEquals("-4.5", ChartPlot.n(-4.5));
    }

    @Test
    void coordinatesAreWrittenWithOneDecimalAtMostAsFormatWouldWriteThem() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            double value = (random.nextDouble() - 0.5) * 2000;
            double rounded = Math.round(value * 10) / 10.0;
            String expected = rounded == Math.rint(rounded) ? Long.toString((long) rounded)
                    : String.format(java.util.Locale.ROOT, "%.1f", rounded);
            assertEquals(expected, ChartPlot.n(value), "for " + value);
        }
        assertEquals("-0.4", ChartPlot.n(-0.4));
        assertEquals("0", ChartPlot.n(-0.04));
        assertEquals("300", ChartPlot.n(299.96));
    }
}
