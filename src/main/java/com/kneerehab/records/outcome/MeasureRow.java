package com.kneerehab.records.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An assigned measure in a list: what, when, by whom, and the score of its current response if it has been
 * submitted. {@code answersSavedAt} is when answers in progress were last saved, if any are.
 */
public record MeasureRow(Long id, Long patientId, Instrument instrument, String name, Occasion occasion,
                         LocalDate dueDate, AssignedMeasure.Status status, String assignedBy, Instant assignedAt,
                         Instant completedAt, BigDecimal score, Integer responseNumber,
                         MeasureResponse.AnsweredBy answeredBy, Instant submittedAt, Instant answersSavedAt) {

    /** A row as the repository's query builds it; the name is the measure's short name ("LEFS"). */
    public MeasureRow(Long id, Long patientId, Instrument instrument, Occasion occasion, LocalDate dueDate,
                      AssignedMeasure.Status status, String assignedBy, Instant assignedAt, Instant completedAt,
                      BigDecimal score, Integer responseNumber, MeasureResponse.AnsweredBy answeredBy,
                      Instant submittedAt, Instant answersSavedAt) {
        this(id, patientId, instrument, instrument.questionnaire().abbreviation(), occasion, dueDate, status,
                assignedBy, assignedAt, completedAt, score, responseNumber, answeredBy, submittedAt, answersSavedAt);
    }

    static MeasureRow of(AssignedMeasure a, MeasureResponse current, MeasureResponse draft) {
        return new MeasureRow(a.id, a.patient.id, a.instrument, a.occasion, a.dueDate, a.status, a.assignedByName,
                a.assignedAt, a.completedAt, current == null ? null : current.score,
                current == null ? null : current.number, current == null ? null : current.answeredBy,
                current == null ? null : current.submittedAt, draft == null ? null : draft.updatedAt);
    }
}
