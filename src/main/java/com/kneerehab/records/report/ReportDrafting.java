package com.kneerehab.records.report;

import com.kneerehab.records.evaluation.Choices.PainSource;
import com.kneerehab.records.evaluation.EvaluationService;
import com.kneerehab.records.evaluation.EvaluationSummary;
import com.kneerehab.records.evaluation.EvaluationView;
import com.kneerehab.records.outcome.ChangeView;
import com.kneerehab.records.outcome.OutcomeService;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.ReferringPhysician;
import com.kneerehab.records.plan.PlanService;
import com.kneerehab.records.platform.ClinicTime;
import com.kneerehab.records.plan.PlanView;
import com.kneerehab.records.portal.Progress;
import com.kneerehab.records.portal.ProgressService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Drafts a report's record parts from the features below: the latest signed evaluation (with its addenda),
 * the current plan, the portal's adherence and pain trend and the outcome measures' change. Each feature's
 * read writes its own audit line.
 */
@ApplicationScoped
class ReportDrafting {

    static final int EVALUATIONS_LOOKED_AT = 50;

    @Inject
    EvaluationService evaluations;

    @Inject
    PlanService plans;

    @Inject
    ProgressService progress;

    @Inject
    OutcomeService outcomes;

    ReportContent draft(Patient patient) {
        long patientId = patient.id;
        PlanView plan = plans.currentFor(patientId).orElse(null);
        return new ReportContent(recipient(patient.referrer()), findings(patientId), plan(plan),
                trend(progress.forPatient(patientId, plan)),
                outcomes.forPatient(patientId).changes().stream().map(ReportDrafting::outcome).toList());
    }

    static ReportContent.Recipient recipient(ReferringPhysician r) {
        if (r == null || !r.isRecorded()) {
            return null;
        }
        return new ReportContent.Recipient(r.name, r.practice, r.addressLines(), r.phone, r.fax, r.email);
    }

    private ReportContent.Findings findings(long patientId) {
        Optional<EvaluationSummary> latest = evaluations.recentFor(patientId, EVALUATIONS_LOOKED_AT).stream()
                .filter(EvaluationSummary::signed).findFirst();
        if (latest.isEmpty()) {
            return null;
        }
        EvaluationView e = evaluations.get(latest.get().id()).view();
        EvaluationView.Assessment a = e.assessment();
        List<PainSource> sources = new ArrayList<>();
        if (a.primarySource() != null) {
            sources.add(a.primarySource());
        }
        for (PainSource source : PainSource.values()) {
            if (a.painSources().contains(source) && source != a.primarySource()) {
                sources.add(source);
            }
        }
        return new ReportContent.Findings(e.id(), e.visitDate(), e.signedBy(), e.ribcage(), e.hip(), e.footAnkle(),
                e.kneeAxis(), a.symptoms(), a.symptomSide(), a.painScore(), sources, a.primarySource(), a.diagnosis(),
                a.diagnosisOther(), e.addenda());
    }

    private static ReportContent.Plan plan(PlanView plan) {
        if (plan == null) {
            return null;
        }
        return new ReportContent.Plan(plan.id(), plan.planNumber(), plan.startDate(), plan.reviewDate(), plan.goals(),
                plan.prescribedBy(), plan.exercises().stream()
                .map(i -> new ReportContent.Exercise(i.name(), i.dosageText(), i.notes())).toList());
    }

    static ReportContent.Trend trend(Progress progress) {
        int done = progress.weeks().stream().mapToInt(Progress.Week::done).sum();
        int prescribed = progress.weeks().stream().mapToInt(Progress.Week::prescribed).sum();
        List<Progress.PainPoint> pain = progress.pain();
        if (pain.isEmpty()) {
            return new ReportContent.Trend(progress.weeks().size(), done, prescribed, 0, null, null, null, null,
                    ReportContent.Trend.Direction.UNKNOWN);
        }
        Progress.PainPoint first = pain.get(0);
        Progress.PainPoint last = pain.get(pain.size() - 1);
        return new ReportContent.Trend(progress.weeks().size(), done, prescribed, pain.size(), first.date(),
                first.after(), last.date(), last.after(), direction(pain));
    }

    /** Falling or rising when the mean of the last three pain scores differs by a point from the first three. */
    static ReportContent.Trend.Direction direction(List<Progress.PainPoint> pain) {
        if (pain.size() < 2) {
            return ReportContent.Trend.Direction.UNKNOWN;
        }
        int n = Math.min(3, pain.size() / 2);
        double early = pain.subList(0, n).stream().mapToInt(Progress.PainPoint::after).average().orElse(0);
        double late = pain.subList(pain.size() - n, pain.size()).stream().mapToInt(Progress.PainPoint::after)
                .average().orElse(0);
        if (late - early <= -1) {
            return ReportContent.Trend.Direction.FALLING;
        }
        if (late - early >= 1) {
            return ReportContent.Trend.Direction.RISING;
        }
        return ReportContent.Trend.Direction.STEADY;
    }

    private static ReportContent.Outcome outcome(ChangeView c) {
        return new ReportContent.Outcome(c.name(), c.baseline(), day(c.baselineTakenAt()), c.latest(),
                day(c.latestTakenAt()), c.change(), c.threshold(), c.verdict(), c.summary());
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : ClinicTime.current().dateOf(at);
    }
}
