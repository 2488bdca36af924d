package com.kneerehab.records.platform.chart;

import com.kneerehab.records.platform.ClinicTime;
import io.quarkus.qute.TemplateData;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleFunction;

/**
 * A chart of values over calendar days, as data: what it shows (title, summary, axes with their units),
 * the series, the horizontal bands and reference lines, the dated markers, the legend and the text
 * alternative a screen reader gets (the same numbers as a table). It knows nothing of pixels: {@link ChartPlot}
 * places it in a frame, and the {@code chart.html} template draws that as SVG. Every word in it is given
 * by the feature that builds it, from that feature's message bundle.
 */
@TemplateData
public record TimeChart(String id, String title, String summary, LocalDate from, LocalDate to, List<Tick> xTicks,
                        Axis y, List<Series> series, List<Band> bands, List<Reference> references,
                        List<Marker> markers, List<LegendEntry> legend, DataTable table) {

    /** How a series is drawn; every look differs by more than colour (dash, dot shape, bar). */
    public enum Look { SOLID, DASHED, BARS }

    /** The colour family of a series, chosen by the feature; the stylesheet gives each one its contrast. */
    public enum Tone { BLUE, AMBER, GREEN, PURPLE }

    /** What a dated marker stands for: a change (a new plan) or a warning (a reported symptom). */
    public enum MarkerKind { CHANGE, WARNING }

    /** One value at one day; a bar covers the days up to {@code until} (exclusive). */
    @TemplateData
    public record Point(LocalDate date, LocalDate until, double value, String text) {
        public static Point at(LocalDate date, double value, String text) {
            return new Point(date, null, value, text);
        }

        public static Point over(LocalDate from, LocalDate until, double value, String text) {
            return new Point(from, until, value, text);
        }
    }

    @TemplateData
    public record Series(String name, Look look, Tone tone, List<Point> points) {
        public String styleClass() {
            return "series-" + look.name().toLowerCase(Locale.ROOT) + " tone-" + tone.name().toLowerCase(Locale.ROOT);
        }
    }

    /** A tick on an axis: where it is and what it reads. */
    @TemplateData
    public record Tick(double value, String label) {
    }

    /** The value axis: its label names the measure and its unit, e.g. "Pain (0 none – 10 worst)". */
    @TemplateData
    public record Axis(String label, double min, double max, List<Tick> ticks) {
    }

    /** A horizontal band between two values, e.g. "no clinically important change" around a baseline. */
    @TemplateData
    public record Band(String name, double low, double high) {
    }

    /** A horizontal reference line, e.g. the baseline. */
    @TemplateData
    public record Reference(String name, double value) {
    }

    /** Something that happened on a day, drawn as a vertical line across the plot. */
    @TemplateData
    public record Marker(LocalDate date, MarkerKind kind, String text) {
        public String styleClass() {
            return "marker-" + kind.name().toLowerCase(Locale.ROOT);
        }
    }

    /** One line of the legend: the words and the class its sample is drawn with. */
    @TemplateData
    public record LegendEntry(String name, String kind, String styleClass) {
    }

    /** The text alternative: the chart's numbers as a table, one row per day or period. */
    @TemplateData
    public record DataTable(String caption, List<String> headers, List<List<String>> rows) {
    }

    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.points().isEmpty()) && markers.isEmpty();
    }

    /** The chart in both frames, phone first; the stylesheet shows the one that fits the screen. */
    public List<ChartPlot> plots() {
        return List.of(narrow(), wide());
    }

    /** The chart placed in a phone-sized frame. */
    public ChartPlot narrow() {
        return new ChartPlot(this, ChartPlot.Frame.NARROW);
    }

    /** The chart placed in a frame for a tablet or a desktop screen. */
    public ChartPlot wide() {
        return new ChartPlot(this, ChartPlot.Frame.WIDE);
    }

    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /** Ticks from {@code min} to {@code max} every {@code step}, each labelled by {@code label}. */
    public static List<Tick> ticks(double min, double max, double step, DoubleFunction<String> label) {
        if (!(step > 0) || max < min) {
            throw new IllegalArgumentException("ticks need min <= max and a positive step");
        }
        List<Tick> ticks = new ArrayList<>();
        int n = (int) Math.floor((max - min) / step + 1e-9);
        for (int i = 0; i <= n; i++) {
            double v = min + i * step;
            ticks.add(new Tick(v, label.apply(v)));
        }
        return ticks;
    }

    /**
     * Date ticks over a period, at most {@code most} of them: every day, every other day, on Mondays every
     * week or few weeks, or on the first of the month for long periods; labelled "3 Dec" (or "Dec 2026" for
     * monthly ticks) in the page's language.
     */
    public static List<Tick> dateTicks(LocalDate from, LocalDate to, Locale locale, int most) {
        long days = ChronoUnit.DAYS.between(from, to);
        List<Tick> ticks = new ArrayList<>();
        for (int step : new int[] {1, 2, 7, 14, 28}) {
            LocalDate first = step < 7 ? from : from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            if (days / step + 1 <= most) {
                for (LocalDate d = first; !d.isAfter(to); d = d.plusDays(step)) {
                    ticks.add(new Tick(epochDay(d), ClinicTime.shortDate(d, locale, false)));
                }
                return ticks;
            }
        }
        int months = 1;
        long span = ChronoUnit.MONTHS.between(from, to) + 1;
        while (span / months + 1 > most) {
            months = months == 1 ? 3 : months * 2;
        }
        for (LocalDate d = from.with(TemporalAdjusters.firstDayOfNextMonth()); !d.isAfter(to); d = d.plusMonths(months)) {
            ticks.add(new Tick(epochDay(d), ClinicTime.shortDate(d, locale, true)));
        }
        return ticks;
    }

    static double epochDay(LocalDate date) {
        return date.toEpochDay();
    }

    /** Builds a chart; the period and the value axis are required, the rest optional. */
    public static final class Builder {
        private final String id;
        private final String title;
        private String summary = "";
        private LocalDate from;
        private LocalDate to;
        private Locale locale = Locale.ENGLISH;
        private String yLabel;
        private double yMin;
        private double yMax;
        private List<Tick> yTicks;
        private final List<Series> series = new ArrayList<>();
        private final List<Band> bands = new ArrayList<>();
        private final List<Reference> references = new ArrayList<>();
        private final List<Marker> markers = new ArrayList<>();
        private final Map<MarkerKind, String> markerNames = new LinkedHashMap<>();
        private DataTable table;

        private Builder(String id, String title) {
            this.id = Objects.requireNonNull(id);
            this.title = Objects.requireNonNull(title);
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** The days shown, both included; a single day is widened to a week around it. */
        public Builder period(LocalDate from, LocalDate to) {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("the period ends before it starts: " + from + " to " + to);
            }
            this.from = from;
            this.to = to;
            return this;
        }

        /** The language of the date labels. */
        public Builder locale(Locale locale) {
            this.locale = locale;
            return this;
        }

        public Builder yAxis(String label, double min, double max, List<Tick> ticks) {
            if (!(max > min)) {
                throw new IllegalArgumentException("the value axis needs max > min");
            }
            this.yLabel = label;
            this.yMin = min;
            this.yMax = max;
            this.yTicks = List.copyOf(ticks);
            return this;
        }

        public Builder series(String name, Look look, Tone tone, List<Point> points) {
            series.add(new Series(name, look, tone, List.copyOf(points)));
            return this;
        }

        public Builder band(String name, double low, double high) {
            bands.add(new Band(name, Math.min(low, high), Math.max(low, high)));
            return this;
        }

        public Builder reference(String name, double value) {
            references.add(new Reference(name, value));
            return this;
        }

        /** Names a kind of marker in the legend; markers of a kind without a name are not drawn. */
        public Builder markerKind(MarkerKind kind, String legendName) {
            markerNames.put(kind, legendName);
            return this;
        }

        public Builder marker(LocalDate date, MarkerKind kind, String text) {
            markers.add(new Marker(date, kind, text));
            return this;
        }

        public Builder table(String caption, List<String> headers, List<List<String>> rows) {
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("a row of " + row.size() + " cells under " + headers.size() + " headers");
                }
            }
            this.table = new DataTable(caption, List.copyOf(headers), rows.stream().map(List::copyOf).toList());
            return this;
        }

        public TimeChart build() {
            if (from == null || yLabel == null) {
                throw new IllegalStateException("a chart needs its period and its value axis");
            }
            LocalDate start = from;
            LocalDate end = to;
            if (start.equals(end)) {
                start = start.minusDays(3);
                end = end.plusDays(3);
            }
            double min = yMin;
            double max = yMax;
            for (Series s : series) {
                for (Point p : s.points()) {
                    min = Math.min(min, p.value());
                    max = Math.max(max, p.value());
                }
            }
            LocalDate first = start;
            LocalDate last = end;
            List<Marker> shown = markers.stream()
                    .filter(m -> markerNames.containsKey(m.kind()))
                    .filter(m -> !m.date().isBefore(first) && !m.date().isAfter(last))
                    .sorted((a, b) -> a.date().compareTo(b.date())).toList();
            List<LegendEntry> legend = new ArrayList<>();
            for (Series s : series) {
                legend.add(new LegendEntry(s.name(), s.look() == Look.BARS ? "bar" : "line", s.styleClass()));
            }
            for (Reference r : references) {
                legend.add(new LegendEntry(r.name(), "line", "reference"));
            }
            for (Band b : bands) {
                legend.add(new LegendEntry(b.name(), "band", "band"));
            }
            Set<MarkerKind> present = EnumSet.noneOf(MarkerKind.class);
            shown.forEach(m -> present.add(m.kind()));
            markerNames.forEach((kind, name) -> {
                if (present.contains(kind)) {
                    legend.add(new LegendEntry(name, "marker", "marker-" + kind.name().toLowerCase(Locale.ROOT)));
                }
            });
            DataTable text = table != null ? table : new DataTable(title, List.of(), List.of());
            return new TimeChart(id, title, summary, start, end, dateTicks(start, end, locale, 9),
                    new Axis(yLabel, min, max, yTicks), List.copyOf(series), List.copyOf(bands),
                    List.copyOf(references), shown, List.copyOf(legend), text);
        }
    }
}
