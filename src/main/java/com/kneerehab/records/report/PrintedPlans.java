package com.kneerehab.records.report;

import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.plan.PlanService;
import com.kneerehab.records.plan.PlanView;
import com.kneerehab.records.plan.TreatmentPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Loads a plan to be printed for a clinician, as the plan feature shows it, and audits the download. */
@ApplicationScoped
public class PrintedPlans {

    public record Printed(Patient patient, PlanView plan) {
    }

    @Inject
    PlanService plans;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Printed load(long planId, String action) {
        TreatmentPlan plan = plans.require(planId);
        audit.success(action, PlanService.RECORD, planId, plan.patient.id);
        return new Printed(plan.patient, PlanView.of(plan));
    }
}
