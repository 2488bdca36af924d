package com.kneerehab.records.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * A clinician's acknowledgement of one warning report or one alert: who, when, what they did and an optional
 * note. Null on the owning record until someone acknowledges it; it is written once, by a conditional update,
 * so two clinicians acknowledging at the same moment cannot overwrite each other. Records acknowledged before
 * actions were kept have no action.
 */
@Embeddable
public class Acknowledgement {

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by", length = 100)
    public String acknowledgedBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "acknowledged_action", length = 32)
    public AcknowledgementAction action;

    @Column(name = "acknowledgement_note", length = 1000)
    public String note;
}
