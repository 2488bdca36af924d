package com.kneerehab.records.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** A correction or addition to a signed progress report: who, when, what and why. Never changed afterwards. */
@Entity
@Immutable
@Table(name = "progress_report_addendum")
public class ReportAddendum {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public Long reportId;

    @Column(name = "author_subject", nullable = false, length = 100)
    public String authorSubject;

    @Column(name = "author_name", nullable = false, length = 200)
    public String authorName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "body", nullable = false, length = 4000)
    public String text;

    @Column(nullable = false, length = 500)
    public String reason;
}
