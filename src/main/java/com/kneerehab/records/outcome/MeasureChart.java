package com.kneerehab.records.outcome;

import com.kneerehab.records.platform.ClinicTime;
import com.kneerehab.records.platform.Language;
import com.kneerehab.records.platform.chart.TimeChart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One outcome measure's scores over time on a chart: the baseline as a line, the band around it within
 * which a change is not yet clinically important (the threshold on each side, the better side as the
 * measure counts an improvement), and the sentence a clinician reads, "LEFS 41 → 55 (+14): clinically
 * important improvement".
 */
public record MeasureChart(Instrument instrument, String name, String statement, TimeChart chart) {

    /** A chart for each measure the patient has a score for, in the order the instruments are declared. */
    public static List<MeasureChart> of(List<MeasureRow> rows, OutcomeMessages text, ClinicTime clinic, Locale locale) {
        Map<Instrument, ChangeView> changes = ChangeView.of(rows, text).stream()
                .collect(Collectors.toMap(ChangeView::instrument, Function.identity()));
        return Arrays.stream(Instrument.values()).map(instrument -> {
            List<MeasureRow> scored = rows.stream()
                    .filter(r -> r.instrument() == instrument && r.score() != null && r.completedAt() != null)
                    .sorted(Comparator.comparing(MeasureRow::completedAt).thenComparing(MeasureRow::id))
                    .toList();
            return scored.isEmpty() ? null
                    : chart(instrument, scored, changes.get(instrument), text, clinic, locale);
        }).filter(Objects::nonNull).toList();
    }

    static MeasureChart chart(Instrument instrument, List<MeasureRow> scored, ChangeView change, OutcomeMessages text,
                              ClinicTime clinic, Locale locale) {
        Questionnaire q = instrument.questionnaire();
        String name = q.abbreviation();
        MeasureRow baselineRow = scored.stream().filter(r -> r.occasion() == Occasion.BASELINE).findFirst()
                .orElse(scored.get(0));
        BigDecimal baseline = baselineRow.score();
        BigDecimal improve = Change.improvementNeeded(q, baseline);
        BigDecimal worsen = q.threshold().points();
        BigDecimal low = baseline.subtract(q.higherIsBetter() ? worsen : improve).max(q.min());
        BigDecimal high = baseline.add(q.higherIsBetter() ? improve : worsen).min(q.max());
        String band = text.changeBand(Change.number(low), Change.number(high));

        String statement = change != null ? change.summary()
                : text.onlyBaseline(name, Change.number(baseline), Language.date(clinic.dateOf(baselineRow.completedAt()), locale));

        List<TimeChart.Point> points = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (MeasureRow r : scored) {
            LocalDate day = clinic.dateOf(r.completedAt());
            String date = Language.date(day, locale);
            String occasion = occasion(r.occasion(), text);
            points.add(TimeChart.Point.at(day, r.score().doubleValue(),
                    text.scorePoint(date, Change.number(r.score()), occasion)));
            rows.add(List.of(date, occasion, Change.number(r.score()),
                    r == baselineRow ? "—" : Change.signed(r.score().subtract(baseline))));
        }
        double min = q.min().doubleValue();
        double max = q.max().doubleValue();
        String axis = q.higherIsBetter()
                ? text.scoreAxisHigherBetter(name, Change.number(q.min()), Change.number(q.max()))
                : text.scoreAxisLowerBetter(name, Change.number(q.min()), Change.number(q.max()));
        TimeChart chart = TimeChart.builder("outcome-" + instrument.name().toLowerCase(Locale.ROOT),
                        text.outcomeChartTitle(name))
                .locale(locale)
                .period(points.get(0).date(), points.get(points.size() - 1).date())
                .summary(statement + ". " + band + ".")
                .yAxis(axis, min, max, TimeChart.ticks(min, max, step(max - min), v -> Change.number(BigDecimal.valueOf(v))))
                .band(band, low.doubleValue(), high.doubleValue())
                .reference(text.baselineReference(Change.number(baseline)), baseline.doubleValue())
                .series(text.scoreSeries(name), TimeChart.Look.SOLID, TimeChart.Tone.PURPLE, points)
                .table(text.scoresCaption(name), List.of(text.scoreDate(), text.scoreOccasion(), text.scoreValue(),
                        text.changeFromBaseline()), rows)
                .build();
        return new MeasureChart(instrument, name, statement, chart);
    }

    /** Four or five ticks over a measure's range: 0–10 by 2, 0–80 by 20, 0–100 by 25. */
    static double step(double range) {
        if (range <= 10) {
            return 2;
        }
        if (range <= 40) {
            return 10;
        }
        return range <= 80 ? 20 : 25;
    }

    static String occasion(Occasion occasion, OutcomeMessages text) {
        return switch (occasion) {
            case BASELINE -> text.occasionBaseline();
            case REVIEW -> text.occasionReview();
            case DISCHARGE -> text.occasionDischarge();
        };
    }
}
