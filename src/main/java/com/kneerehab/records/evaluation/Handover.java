package com.kneerehab.records.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** A draft handed from one clinician to another: who, to whom, when, and a note. Never changed afterwards. */
@Entity
@Immutable
@Table(name = "evaluation_handover")
public class Handover {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "evaluation_id", nullable = false)
    public Long evaluationId;

    @Column(name = "from_subject", nullable = false, length = 100)
    public String fromSubject;

    @Column(name = "from_name", nullable = false, length = 200)
    public String fromName;

    @Column(name = "to_subject", nullable = false, length = 100)
    public String toSubject;

    @Column(name = "to_name", nullable = false, length = 200)
    public String toName;

    @Column(name = "handed_at", nullable = false)
    public Instant handedAt;

    @Column(length = 500)
    public String note;
}
