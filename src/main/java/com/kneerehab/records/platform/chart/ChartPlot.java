package com.kneerehab.records.platform.chart;

import io.quarkus.qute.TemplateData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link TimeChart} placed in a frame of SVG user units: where each tick, line, dot, bar, band and
 * marker goes. The template draws these numbers and nothing else, so the geometry is tested here. Text
 * keeps its size in each frame: a phone gets the narrow frame, with fewer date labels, rather than a wide
 * chart shrunk until its words cannot be read.
 */
@TemplateData
public final class ChartPlot {

    /** A drawing area and its margins (the axis labels live in the margins). */
    @TemplateData
    public record Frame(String name, int width, int height, int left, int right, int top, int bottom,
                        int mostDateLabels) {
        public static final Frame NARROW = new Frame("narrow", 320, 230, 42, 12, 30, 30, 4);
        public static final Frame WIDE = new Frame("wide", 720, 280, 48, 20, 30, 30, 9);
    }

    /** Space kept between the plot's side edges and the first and last day, so end points clear the axis. */
    static final double INSET = 10;

    @TemplateData
    public record Placed(String x, String y, String label) {
    }

    @TemplateData
    public record Line(String styleClass, String points, List<Placed> dots) {
        public boolean hasLine() {
            return dots.size() > 1;
        }
    }

    @TemplateData
    public record Rect(String styleClass, String x, String y, String width, String height, String label) {
    }

    @TemplateData
    public record Rule(String styleClass, String x1, String y1, String x2, String y2, String label, String symbol) {
    }

    private final TimeChart chart;
    private final Frame frame;

    public ChartPlot(TimeChart chart, Frame frame) {
        this.chart = chart;
        this.frame = frame;
    }

    public TimeChart chart() {
        return chart;
    }

    public Frame frame() {
        return frame;
    }

    /** A per-frame id for the SVG's title and description, unique on a page with several charts. */
    public String idPrefix() {
        return chart.id() + "-" + frame.name();
    }

    public String viewBox() {
        return "0 0 " + frame.width() + " " + frame.height();
    }

    public String plotLeft() {
        return n(left());
    }

    public String plotRight() {
        return n(right());
    }

    public String plotTop() {
        return n(top());
    }

    public String plotBottom() {
        return n(bottom());
    }

    /** Where the value axis's label sits: above the axis, left-aligned with the frame. */
    public String axisLabelX() {
        return n(4);
    }

    public String axisLabelY() {
        return n(16);
    }

    /** Where the date labels' baseline sits, under the plot. */
    public String dateLabelY() {
        return n(bottom() + 18);
    }

    /** Where a date tick's short stroke ends, under the axis. */
    public String tickEndY() {
        return n(bottom() + 5);
    }

    /** Where the value labels end, left of the plot. */
    public String valueLabelX() {
        return n(left() - 6);
    }

    double left() {
        return frame.left();
    }

    double right() {
        return frame.width() - frame.right();
    }

    double top() {
        return frame.top();
    }

    double bottom() {
        return frame.height() - frame.bottom();
    }

    /** The x of a day. */
    public double x(LocalDate date) {
        double from = TimeChart.epochDay(chart.from());
        double to = TimeChart.epochDay(chart.to());
        double share = (TimeChart.epochDay(date) - from) / (to - from);
        return left() + INSET + share * (right() - left() - 2 * INSET);
    }

    /** The y of a value. */
    public double y(double value) {
        TimeChart.Axis axis = chart.y();
        double share = (value - axis.min()) / (axis.max() - axis.min());
        return bottom() - share * (bottom() - top());
    }

    /** The date ticks, thinned to what the frame has room for, always keeping the first. */
    public List<Placed> dateTicks() {
        List<TimeChart.Tick> all = chart.xTicks();
        int every = Math.max(1, (int) Math.ceil(all.size() / (double) frame.mostDateLabels()));
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < all.size(); i += every) {
            TimeChart.Tick t = all.get(i);
            placed.add(new Placed(n(x(LocalDate.ofEpochDay((long) t.value()))), n(bottom()), t.label()));
        }
        return placed;
    }

    public List<Placed> valueTicks() {
        return chart.y().ticks().stream().map(t -> new Placed(n(left()), n(y(t.value())), t.label())).toList();
    }

    /** Every series drawn as a line, with a dot on each point. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (TimeChart.Series s : chart.series()) {
            if (s.look() == TimeChart.Look.BARS) {
                continue;
            }
            StringBuilder points = new StringBuilder();
            List<Placed> dots = new ArrayList<>();
            for (TimeChart.Point p : s.points()) {
                String x = n(x(p.date()));
                String y = n(y(p.value()));
                points.append(points.isEmpty() ? "" : " ").append(x).append(',').append(y);
                dots.add(new Placed(x, y, p.text()));
            }
            lines.add(new Line(s.styleClass(), points.toString(), dots));
        }
        return lines;
    }

    /** Every bar of the bar series, from the value down to the axis's minimum, clipped to the period. */
    public List<Rect> bars() {
        List<Rect> bars = new ArrayList<>();
        for (TimeChart.Series s : chart.series()) {
            if (s.look() != TimeChart.Look.BARS) {
                continue;
            }
            for (TimeChart.Point p : s.points()) {
                LocalDate until = p.until() == null ? p.date().plusDays(1) : p.until();
                double x1 = Math.max(x(p.date()), left());
                double x2 = Math.min(x(until), right());
                double gap = Math.min(2, (x2 - x1) / 4);
                double top = y(p.value());
                double base = y(chart.y().min());
                bars.add(new Rect(s.styleClass(), n(x1 + gap), n(Math.min(top, base)), n(Math.max(0, x2 - x1 - 2 * gap)),
                        n(Math.abs(base - top)), p.text()));
            }
        }
        return bars;
    }

    public List<Rect> bands() {
        return chart.bands().stream().map(b -> {
            double high = clampY(y(b.high()));
            double low = clampY(y(b.low()));
            return new Rect("band", n(left()), n(high), n(right() - left()), n(low - high), b.name());
        }).toList();
    }

    public List<Rule> references() {
        return chart.references().stream().map(r -> new Rule("reference", n(left()), n(y(r.value())), n(right()),
                n(y(r.value())), r.name(), "")).toList();
    }

    /**
     * Each marker as a vertical line over the plot's full height, with its symbol above the plot: a square
     * for a change, a triangle for a warning, so the kinds differ by shape as well as colour.
     */
    public List<Rule> markers() {
        return chart.markers().stream().map(m -> {
            double x = x(m.date());
            String symbol = switch (m.kind()) {
                case CHANGE -> "M" + n(x - 4) + " " + n(top() - 9) + "h8v8h-8z";
                case WARNING -> "M" + n(x) + " " + n(top() - 10) + "l5 9h-10z";
            };
            return new Rule(m.styleClass(), n(x), n(top()), n(x), n(bottom()), m.text(), symbol);
        }).toList();
    }

    private double clampY(double y) {
        return Math.max(top(), Math.min(bottom(), y));
    }

    /**
     * A coordinate with at most one decimal, written the same in every language. Written by hand: a chart has
     * hundreds of coordinates, and {@code String.format} took a tenth of the chart page's CPU in the bench.
     */
    static String n(double value) {
        long tenths = Math.round(value * 10);
        long whole = tenths / 10;
        int decimal = (int) Math.abs(tenths % 10);
        if (decimal == 0) {
            return Long.toString(whole);
        }
        return (tenths < 0 && whole == 0 ? "-0" : Long.toString(whole)) + "." + decimal;
    }
}
