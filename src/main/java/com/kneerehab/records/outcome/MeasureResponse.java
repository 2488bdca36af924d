package com.kneerehab.records.outcome;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One filling-in of an assigned measure. A draft holds answers in progress and may change; once submitted
 * its answers and score are never changed again. A correction is a new response with the next number that
 * supersedes the current one; both are kept.
 */
@Entity
@Table(name = "outcome_response")
public class MeasureResponse {

    public enum Status { DRAFT, SUBMITTED, SUPERSEDED }

    /** Who entered the answers: the patient, or a clinician on the patient's behalf. */
    public enum AnsweredBy { PATIENT, CLINICIAN }

    /** One question's answer: the points of the chosen answer or the rating, and a PSFS activity's name. */
    @Embeddable
    public static class Answer {

        @Column(name = "item_key", nullable = false, length = 16)
        public String itemKey;

        @Column(name = "answer_value")
        public Integer value;

        @Column(name = "answer_text", length = 200)
        public String text;

        protected Answer() {
        }

        Answer(String itemKey, Integer value, String text) {
            this.itemKey = itemKey;
            this.value = value;
            this.text = text;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false)
    public AssignedMeasure assignment;

    @Column(name = "patient_id", nullable = false)
    public Long patientId;

    /** 1 for the first submitted response, 2 for its correction, ...; none while a draft. */
    @Column(name = "response_number")
    public Integer number;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    public Status status = Status.DRAFT;

    @Column(precision = 5, scale = 1)
    public BigDecimal score;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "answered_by", nullable = false, length = 16)
    public AnsweredBy answeredBy;

    @Column(name = "answered_by_subject", nullable = false, length = 100)
    public String answeredBySubject;

    @Column(name = "answered_by_name", nullable = false, length = 200)
    public String answeredByName;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "superseded_at")
    public Instant supersededAt;

    @Column(name = "supersedes_id")
    public Long supersedesId;

    @Column(name = "correction_reason", length = 1000)
    public String correctionReason;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "outcome_answer", joinColumns = @JoinColumn(name = "response_id"))
    @AttributeOverride(name = "itemKey", column = @Column(name = "item_key", nullable = false, length = 16))
    @OrderBy("itemKey")
    public List<Answer> answers = new ArrayList<>();

    @Version
    public int version;

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    public boolean isCurrent() {
        return status == Status.SUBMITTED;
    }

    /** Replaces the answers in progress. Only a draft's answers can change. */
    void replaceAnswers(List<Scoring.Answer> kept, AnsweredBy by, String subject, String name, Instant at) {
        requireDraft();
        answers.clear();
        kept.forEach(a -> answers.add(new Answer(a.item(), a.value(), a.text())));
        answeredBy = by;
        answeredBySubject = subject;
        answeredByName = name;
        updatedAt = at;
    }

    /** Seals the draft with its score under the given number; from now on nothing in it changes. */
    void submit(BigDecimal score, int number, Instant at) {
        requireDraft();
        this.score = score.setScale(1, java.math.RoundingMode.UNNECESSARY);
        this.number = number;
        this.status = Status.SUBMITTED;
        this.submittedAt = at;
        this.updatedAt = at;
    }

    /** Marks a submitted response as replaced by a correction; its answers and score stay as they were. */
    void supersede(Instant at) {
        if (status != Status.SUBMITTED) {
            throw new IllegalStateException("Only the current submitted response can be superseded");
        }
        status = Status.SUPERSEDED;
        supersededAt = at;
    }

    private void requireDraft() {
        if (!isDraft()) {
            // the service refuses this with a message for the person first; reaching it is a programming error
            throw new IllegalStateException("A submitted response is never changed");
        }
    }

    List<Scoring.Answer> scoringAnswers() {
        return answers.stream().map(a -> new Scoring.Answer(a.itemKey, a.value, a.text)).toList();
    }
}
