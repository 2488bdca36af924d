package com.kneerehab.records.plan;

import com.kneerehab.records.evaluation.Evaluation;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Versions;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A patient's exercise programme, following from one signed evaluation. Plans are versioned: a revision
 * is a new plan and the one it replaces is marked superseded, so the history stays readable. A discharge
 * ends the current plan without a successor.
 */
@Entity
@Table(name = "treatment_plan")
public class TreatmentPlan {

    public enum Status { CURRENT, SUPERSEDED, ENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false)
    public Patient patient;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id", nullable = false)
    public Evaluation evaluation;

    @Column(name = "previous_plan_id")
    public Long previousPlanId;

    /** 1 for the patient's first plan, then 2, 3, ... */
    @Column(name = "plan_number", nullable = false)
    public int planNumber;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    public Status status = Status.CURRENT;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "review_date", nullable = false)
    public LocalDate reviewDate;

    @Column(nullable = false, length = 2000)
    public String goals;

    @Column(name = "prescribed_by_subject", nullable = false, length = 100)
    public String prescribedBySubject;

    @Column(name = "prescribed_by_name", nullable = false, length = 200)
    public String prescribedByName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "superseded_at")
    public Instant supersededAt;

    /** When the episode of care this plan belonged to ended (discharge); null otherwise. */
    @Column(name = "ended_at")
    public Instant endedAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<PlanExercise> items = new ArrayList<>();

    @Version
    public int version;

    public boolean isCurrent() {
        return status == Status.CURRENT;
    }

    /** A new plan for the patient, numbered {@code planNumber}, with nothing prescribed yet. */
    public static TreatmentPlan numbered(Patient patient, int planNumber) {
        TreatmentPlan plan = new TreatmentPlan();
        plan.patient = patient;
        plan.planNumber = planNumber;
        return plan;
    }

    /**
     * Starts the next version of this plan (numbered one higher, pointing back to this one) and supersedes
     * this one. Refused unless this plan is current and still at the version the clinician started from.
     */
    public TreatmentPlan revise(Integer expectedVersion, Instant at) {
        requireCurrent();
        Versions.check(expectedVersion, version, MessageBundles.get(PlanMessages.class).thisRecord());
        TreatmentPlan next = numbered(patient, planNumber + 1);
        next.previousPlanId = id;
        supersede(at);
        return next;
    }

    /** Marks this plan replaced; only the current plan can be. */
    public void supersede(Instant at) {
        requireCurrent();
        status = Status.SUPERSEDED;
        supersededAt = at;
    }

    /** Ends this plan with the patient's episode of care; only the current plan can end. */
    public void end(Instant at) {
        requireCurrent();
        status = Status.ENDED;
        endedAt = at;
    }

    private void requireCurrent() {
        if (status == Status.ENDED) {
            throw DomainException.conflict(MessageBundles.get(PlanMessages.class).alreadyEnded(planNumber));
        }
        if (!isCurrent()) {
            throw DomainException.conflict(MessageBundles.get(PlanMessages.class).alreadySuperseded(planNumber));
        }
    }

    public void add(PlanExercise item) {
        item.plan = this;
        item.position = items.size() + 1;
        items.add(item);
    }
}
