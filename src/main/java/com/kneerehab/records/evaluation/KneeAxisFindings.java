package com.kneerehab.records.evaluation;

import com.kneerehab.records.evaluation.Choices.KneecapTracking;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.LinkedHashMap;
import java.util.Map;

@Embeddable
public class KneeAxisFindings implements Findings {

    /** Whether the step is complete; in a request, whether to complete it. */
    @Column(name = "knee_complete", nullable = false)
    public boolean complete;

    @Column(name = "knee_off_axis")
    public Boolean offAxis;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kneecap_tracking", length = 16)
    public KneecapTracking tracking;

    @Column(name = "manual_therapy")
    public Boolean manualTherapy;

    @Size(max = 2000, message = "{evaluation.at-most-2000-characters}")
    @Column(name = "knee_notes", length = 2000)
    public String notes;

    @Override
    public boolean isComplete() {
        return complete;
    }

    @Override
    public void setComplete(boolean complete) {
        this.complete = complete;
    }

    @Override
    public Map<String, String> missingForCompletion() {
        Map<String, String> missing = new LinkedHashMap<>();
        EvaluationMessages text = Choices.text();
        HipFindings.require(missing, "offAxis", offAxis, text.missingOffAxis());
        HipFindings.require(missing, "tracking", tracking, text.missingTracking());
        HipFindings.require(missing, "manualTherapy", manualTherapy, text.missingManualTherapy());
        return missing;
    }
}
