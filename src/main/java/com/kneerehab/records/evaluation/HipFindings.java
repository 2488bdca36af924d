package com.kneerehab.records.evaluation;

import com.kneerehab.records.evaluation.Choices.HipMotion;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.LinkedHashMap;
import java.util.Map;

/** Hip extension and rotation ranges in degrees, left and right, and the hip's behaviour in gait. */
@Embeddable
public class HipFindings implements Findings {

    /** Whether the step is complete; in a request, whether to complete it. */
    @Column(name = "hip_complete", nullable = false)
    public boolean complete;

    @Min(value = -20, message = "{evaluation.degrees-minus-20-to-60}") @Max(value = 60, message = "{evaluation.degrees-minus-20-to-60}")
    @Column(name = "hip_extension_left")
    public Integer extensionLeft;
    @Min(value = -20, message = "{evaluation.degrees-minus-20-to-60}") @Max(value = 60, message = "{evaluation.degrees-minus-20-to-60}")
    @Column(name = "hip_extension_right")
    public Integer extensionRight;
    @Min(value = 0, message = "{evaluation.degrees-0-to-90}") @Max(value = 90, message = "{evaluation.degrees-0-to-90}")
    @Column(name = "hip_internal_left")
    public Integer internalRotationLeft;
    @Min(value = 0, message = "{evaluation.degrees-0-to-90}") @Max(value = 90, message = "{evaluation.degrees-0-to-90}")
    @Column(name = "hip_internal_right")
    public Integer internalRotationRight;
    @Min(value = 0, message = "{evaluation.degrees-0-to-90}") @Max(value = 90, message = "{evaluation.degrees-0-to-90}")
    @Column(name = "hip_external_left")
    public Integer externalRotationLeft;
    @Min(value = 0, message = "{evaluation.degrees-0-to-90}") @Max(value = 90, message = "{evaluation.degrees-0-to-90}")
    @Column(name = "hip_external_right")
    public Integer externalRotationRight;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "hip_motion", length = 24)
    public HipMotion motion;

    @Size(max = 2000, message = "{evaluation.at-most-2000-characters}")
    @Column(name = "hip_notes", length = 2000)
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
        require(missing, "extensionLeft", extensionLeft, text.missingHipExtensionLeft());
        require(missing, "extensionRight", extensionRight, text.missingHipExtensionRight());
        require(missing, "internalRotationLeft", internalRotationLeft, text.missingHipInternalRotationLeft());
        require(missing, "internalRotationRight", internalRotationRight, text.missingHipInternalRotationRight());
        require(missing, "externalRotationLeft", externalRotationLeft, text.missingHipExternalRotationLeft());
        require(missing, "externalRotationRight", externalRotationRight, text.missingHipExternalRotationRight());
        require(missing, "motion", motion, text.missingHipMotion());
        return missing;
    }

    static void require(Map<String, String> missing, String field, Object value, String message) {
        if (value == null) {
            missing.put(field, message);
        }
    }
}
