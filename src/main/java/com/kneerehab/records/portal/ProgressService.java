package com.kneerehab.records.portal;

import com.kneerehab.records.plan.PlanView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Works out adherence and the pain trend from the session logs, in one statement. */
@ApplicationScoped
public class ProgressService {

    static final int WEEKS = 8;

    @Inject
    SessionLogRepository sessions;

    @Inject
    Clock clock;

    public Progress forPatient(long patientId, PlanView currentPlan) {
        LocalDate today = LocalDate.now(clock);
        LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate from = thisWeek.minusWeeks(WEEKS - 1);
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
}
