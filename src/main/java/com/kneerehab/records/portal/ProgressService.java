package com.kneerehab.records.portal;

import com.kneerehab.records.plan.PlanSummary;
import com.kneerehab.records.plan.PlanView;
import com.kneerehab.records.platform.ClinicTime;
import com.kneerehab.records.platform.Language;
import com.kneerehab.records.platform.Messages;
import com.kneerehab.records.platform.chart.TimeChart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Works out adherence and the pain trend from the session logs, in one statement, and lays them on a time
 * line with the plan changes and warning reports. No audit line of its own: the page that shows it writes one.
 */
@ApplicationScoped
public class ProgressService {

    static final int WEEKS = 8;

    @Inject
    SessionLogRepository sessions;

    @Inject
    WarningReportRepository warnings;

    @Inject
    ClinicTime clinic;

    @Inject
    Clock clock;

    public Progress forPatient(long patientId, PlanView currentPlan) {
        LocalDate from = firstWeek();
        List<Progress.PainPoint> pain = sessions.painSince(patientId, from);
        int prescribed = currentPlan == null ? 0 : currentPlan.exercises().stream()
                .mapToInt(i -> i.dosage().sessionsPerDay() * i.dosage().sessionsPerWeek())
                .max().orElse(0);
        LocalDate planStart = currentPlan == null ? null : currentPlan.startDate();
        List<Progress.Week> weeks = new ArrayList<>();
        for (int w = 0; w < WEEKS; w++) {
            LocalDate start = from.plusWeeks(w);
            LocalDate end = start.plusWeeks(1);
            if (planStart != null && !end.isAfter(planStart)) {
                continue;
            }
            int done = (int) pain.stream().filter(p -> !p.date().isBefore(start) && p.date().isBefore(end)).count();
            weeks.add(new Progress.Week(start, done, prescribed));
        }
        return new Progress(weeks, pain);
    }

    /** The patient's latest sessions, newest first, with their notes, for the clinician's chart (no audit line of its own). */
    public List<SessionLog> recentSessions(long patientId, int limit) {
        return sessions.latestFor(patientId, limit);
    }

    /**
     * The progress as charts over the weeks shown (Monday of the first to Sunday of this one), with the
     * starts of the patient's plans ({@code plans}, any order) and their warning reports marked, in the
     * words of the current request's language.
     */
    public ProgressCharts charts(long patientId, PlanView currentPlan, List<PlanSummary> plans) {
        Progress progress = forPatient(patientId, currentPlan);
        LocalDate from = progress.weeks().isEmpty() ? firstWeek() : progress.weeks().get(0).start();
        if (!progress.pain().isEmpty() && progress.pain().get(0).date().isBefore(from)) {
            from = progress.pain().get(0).date();
        }
        LocalDate to = LocalDate.now(clock).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        if (!progress.pain().isEmpty() && progress.pain().get(progress.pain().size() - 1).date().isAfter(to)) {
            to = progress.pain().get(progress.pain().size() - 1).date();
        }
        PortalMessages text = Messages.get(PortalMessages.class);
        List<ProgressCharts.Event> events = new ArrayList<>();
        for (PlanSummary plan : plans) {
            if (!plan.startDate().isBefore(from) && !plan.startDate().isAfter(to)) {
                events.add(new ProgressCharts.Event(plan.startDate(), TimeChart.MarkerKind.CHANGE,
                        text.planEvent(plan.planNumber())));
            }
        }
        events.addAll(warningsSince(patientId, from, text));
        return ProgressCharts.of(progress, events, from, to, text, Language.current());
    }

    /**
     * The patient's warning reports from {@code from} on, as events on the time line. The one place the
     * charts read warning reports, so it can follow them wherever they are kept.
     */
    List<ProgressCharts.Event> warningsSince(long patientId, LocalDate from, PortalMessages text) {
        return warnings.reportedSince(patientId, clinic.startOf(from)).stream()
                .map(r -> new ProgressCharts.Event(clinic.dateOf(r.createdAt), TimeChart.MarkerKind.WARNING,
                        text.warningEvent(text.symptom(r.symptom))))
                .toList();
    }

    /** Monday of the first week shown, in the clinic's calendar. */
    private LocalDate firstWeek() {
        LocalDate thisWeek = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return thisWeek.minusWeeks(WEEKS - 1);
    }
}
