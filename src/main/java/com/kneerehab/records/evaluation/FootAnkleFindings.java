package com.kneerehab.records.evaluation;

import com.kneerehab.records.evaluation.Choices.FootPosture;
import com.kneerehab.records.evaluation.Choices.MidfootMobility;
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

@Embeddable
public class FootAnkleFindings implements Findings {

    /** Whether the step is complete; in a request, whether to complete it. */
    @Column(name = "foot_complete", nullable = false)
    public boolean complete;

    @Min(value = -20, message = "{evaluation.degrees-minus-20-to-60}") @Max(value = 60, message = "{evaluation.degrees-minus-20-to-60}")
    @Column(name = "ankle_dorsiflexion_left")
    public Integer dorsiflexionLeft;
    @Min(value = -20, message = "{evaluation.degrees-minus-20-to-60}") @Max(value = 60, message = "{evaluation.degrees-minus-20-to-60}")
    @Column(name = "ankle_dorsiflexion_right")
    public Integer dorsiflexionRight;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "midfoot_mobility", length = 16)
    public MidfootMobility midfootMobility;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "foot_posture", length = 16)
    public FootPosture footPosture;

    @Size(max = 2000, message = "{evaluation.at-most-2000-characters}")
    @Column(name = "foot_notes", length = 2000)
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
        HipFindings.require(missing, "dorsiflexionLeft", dorsiflexionLeft, text.missingDorsiflexionLeft());
        HipFindings.require(missing, "dorsiflexionRight", dorsiflexionRight, text.missingDorsiflexionRight());
        HipFindings.require(missing, "midfootMobility", midfootMobility, text.missingMidfootMobility());
        HipFindings.require(missing, "footPosture", footPosture, text.missingFootPosture());
        return missing;
    }
}
