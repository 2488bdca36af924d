package com.kneerehab.records.evaluation;

import com.kneerehab.records.evaluation.Choices.HipMotion;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.LinkedHashMap;
import java.util.Map;

/** Hip extension and rotation ranges in degrees, left and right, and the hip's behaviour in gait. */
@Embeddable
public class HipFindings implements Findings {

    @Column(name = "hip_extension_left")
    public Integer extensionLeft;
    @Column(name = "hip_extension_right")
    public Integer extensionRight;
    @Column(name = "hip_internal_left")
    public Integer internalRotationLeft;
    @Column(name = "hip_internal_right")
    public Integer internalRotationRight;
    @Column(name = "hip_external_left")
    public Integer externalRotationLeft;
    @Column(name = "hip_external_right")
    public Integer externalRotationRight;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "hip_motion", length = 24)
    public HipMotion motion;

    @Column(name = "hip_notes", length = 2000)
    public String notes;

    @Column(name = "hip_complete", nullable = false)
    public boolean complete;

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
