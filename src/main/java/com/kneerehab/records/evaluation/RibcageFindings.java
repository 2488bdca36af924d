package com.kneerehab.records.evaluation;

import com.kneerehab.records.evaluation.Choices.RibcageAlignment;
import com.kneerehab.records.platform.Side;
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
public class RibcageFindings implements Findings {

    /** Whether the step is complete; in a request, whether to complete it. */
    @Column(name = "ribcage_complete", nullable = false)
    public boolean complete;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "ribcage_alignment", length = 16)
    public RibcageAlignment alignment;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "ribcage_side", length = 8)
    public Side side;

    @Size(max = 2000, message = "{evaluation.at-most-2000-characters}")
    @Column(name = "ribcage_notes", length = 2000)
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
        if (alignment == null) {
            missing.put("alignment", text.missingRibcageAlignment());
        }
        if (alignment != null && alignment != RibcageAlignment.NEUTRAL && side == null) {
            missing.put("side", text.missingRibcageSide());
        }
        return missing;
    }
}
