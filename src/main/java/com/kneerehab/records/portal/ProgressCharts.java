package com.kneerehab.records.portal;

import com.kneerehab.records.platform.Language;
import com.kneerehab.records.platform.chart.TimeChart;
import com.kneerehab.records.platform.chart.TimeChart.Point;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The progress as two charts on one time line, for the portal and the clinician's chart: pain before and
 * after each session, and adherence week by week; both mark the plan changes and warning reports. Each
 * chart carries its numbers as a table for anyone who cannot see it.
 */
public record ProgressCharts(Progress progress, List<Event> events, TimeChart pain, TimeChart adherence) {

    /** Something that happened on the time line: a new plan or a reported warning symptom. */
    public record Event(LocalDate date, TimeChart.MarkerKind kind, String text) {
    }

    static final String NONE = "—";

    /** Nothing to draw: no session logged and no week of a plan to count. */
    public boolean isEmpty() {
        return progress.weeks().isEmpty() && progress.isEmpty();
    }

    /** Both charts over the days {@code from} to {@code to}, in the words and formats of {@code locale}. */
    public static ProgressCharts of(Progress progress, List<Event> events, LocalDate from, LocalDate to,
                                    PortalMessages text, Locale locale) {
        List<Event> sorted = events.stream().sorted(Comparator.comparing(Event::date)).toList();
        return new ProgressCharts(progress, sorted, painChart(progress, sorted, from, to, text, locale),
                adherenceChart(progress, sorted, from, to, text, locale));
    }

    static TimeChart painChart(Progress progress, List<Event> events, LocalDate from, LocalDate to,
                               PortalMessages text, Locale locale) {
        List<Progress.PainPoint> pain = progress.pain();
        List<Point> before = pain.stream().map(p -> Point.at(p.date(), p.before(),
                text.painBeforeSeries() + ", " + text.painPoint(Language.date(p.date(), locale), p.before()))).toList();
        List<Point> after = pain.stream().map(p -> Point.at(p.date(), p.after(),
                text.painAfterSeries() + ", " + text.painPoint(Language.date(p.date(), locale), p.after()))).toList();
        String summary = pain.isEmpty() ? text.painSummaryNone()
                : text.painSummary(pain.size(), Language.date(pain.get(0).date(), locale),
                Language.date(pain.get(pain.size() - 1).date(), locale), pain.get(0).after(),
                pain.get(pain.size() - 1).after());
        TimeChart.Builder chart = TimeChart.builder("pain-chart", text.painChartTitle())
                .locale(locale)
                .period(from, to)
                .summary(summary + " " + eventsSummary(events, text))
                .yAxis(text.painAxis(), 0, 10, TimeChart.ticks(0, 10, 2, v -> Integer.toString((int) v)))
                .series(text.painBeforeSeries(), TimeChart.Look.DASHED, TimeChart.Tone.AMBER, before)
                .series(text.painAfterSeries(), TimeChart.Look.SOLID, TimeChart.Tone.BLUE, after)
                .table(text.painCaption(), List.of(text.date(), text.painBefore(), text.painAfter(), text.events()),
                        painRows(pain, events, locale));
        return withEvents(chart, events, text).build();
    }

    /** One row per session, in date order, with the day's events; a day with events but no session has its own row. */
    static List<List<String>> painRows(List<Progress.PainPoint> pain, List<Event> events, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        List<Event> left = new ArrayList<>(events);
        for (Progress.PainPoint p : pain) {
            List<Event> earlier = left.stream().filter(e -> e.date().isBefore(p.date())).toList();
            for (Event e : earlier) {
                rows.add(List.of(Language.date(e.date(), locale), NONE, NONE, e.text()));
            }
            left.removeAll(earlier);
            List<Event> today = left.stream().filter(e -> e.date().equals(p.date())).toList();
            left.removeAll(today);
            rows.add(List.of(Language.date(p.date(), locale), Integer.toString(p.before()), Integer.toString(p.after()),
                    today.stream().map(Event::text).collect(Collectors.joining("; "))));
        }
        for (Event e : left) {
            rows.add(List.of(Language.date(e.date(), locale), NONE, NONE, e.text()));
        }
        return rows;
    }

    static TimeChart adherenceChart(Progress progress, List<Event> events, LocalDate from, LocalDate to,
                                    PortalMessages text, Locale locale) {
        List<Progress.Week> weeks = progress.weeks();
        List<Point> bars = weeks.stream().map(w -> Point.over(w.start(), w.start().plusWeeks(1), w.percent(),
                text.adherenceBar(Language.date(w.start(), locale), w.done(), w.prescribed(),
                        Language.percent(w.percent(), locale)))).toList();
        List<List<String>> rows = weeks.stream().map(w -> List.of(Language.date(w.start(), locale),
                Integer.toString(w.done()), Integer.toString(w.prescribed()), Language.percent(w.percent(), locale))).toList();
        String summary = "";
        if (!weeks.isEmpty()) {
            Progress.Week now = weeks.get(weeks.size() - 1);
            int done = weeks.stream().mapToInt(Progress.Week::done).sum();
            int all = weeks.stream().mapToInt(Progress.Week::prescribed).sum();
            int average = new Progress.Week(now.start(), done, all).percent();
            summary = text.adherenceSummary(now.done(), now.prescribed(), Language.percent(now.percent(), locale),
                    weeks.size(), done, all, Language.percent(average, locale));
        }
        TimeChart.Builder chart = TimeChart.builder("adherence-chart", text.adherenceCaption())
                .locale(locale)
                .period(from, to)
                .summary((summary + " " + eventsSummary(events, text)).strip())
                .yAxis(text.adherenceAxis(), 0, 100, TimeChart.ticks(0, 100, 25, v -> Language.percent((int) v, locale)))
                .series(text.adherenceSeries(), TimeChart.Look.BARS, TimeChart.Tone.GREEN, bars)
                .table(text.adherenceCaption(), List.of(text.weekStarting(), text.sessionsDone(),
                        text.sessionsPrescribed(), text.adherence()), rows);
        return withEvents(chart, events, text).build();
    }

    private static TimeChart.Builder withEvents(TimeChart.Builder chart, List<Event> events, PortalMessages text) {
        chart.markerKind(TimeChart.MarkerKind.CHANGE, text.planLegend())
                .markerKind(TimeChart.MarkerKind.WARNING, text.warningLegend());
        events.forEach(e -> chart.marker(e.date(), e.kind(), e.text()));
        return chart;
    }

    private static String eventsSummary(List<Event> events, PortalMessages text) {
        long plans = events.stream().filter(e -> e.kind() == TimeChart.MarkerKind.CHANGE).count();
        long warnings = events.stream().filter(e -> e.kind() == TimeChart.MarkerKind.WARNING).count();
        return plans + warnings == 0 ? "" : text.eventsSummary((int) plans, (int) warnings);
    }
}
