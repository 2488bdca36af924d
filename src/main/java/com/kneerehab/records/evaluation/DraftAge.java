package com.kneerehab.records.evaluation;

import java.time.Instant;
import java.time.LocalDate;

/** A draft evaluation and when it was started. */
public record DraftAge(Long evaluationId, Long patientId, LocalDate visitDate, String clinicianName, Instant createdAt) {
}
