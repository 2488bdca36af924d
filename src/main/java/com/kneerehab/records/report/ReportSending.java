package com.kneerehab.records.report;

import com.kneerehab.records.platform.Labelled;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/** One sending of a signed report: when, how, to whom and who recorded it. Never changed afterwards. */
@Entity
@Immutable
@Table(name = "progress_report_sending")
public class ReportSending {

    /** The words for each value are in {@link ReportMessages#method}. */
    public enum Method implements Labelled {
        FAX, LETTER, EMAIL, PORTAL;
        public String label() { return ReportService.text().method(this); }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public Long reportId;

    @Column(name = "sent_on", nullable = false)
    public LocalDate sentOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    public Method method;

    @Column(nullable = false, length = 500)
    public String recipient;

    @Column(name = "recorded_by_subject", nullable = false, length = 100)
    public String recordedBySubject;

    @Column(name = "recorded_by_name", nullable = false, length = 200)
    public String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
