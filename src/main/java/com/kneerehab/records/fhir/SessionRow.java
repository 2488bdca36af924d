package com.kneerehab.records.fhir;

import java.time.Instant;
import java.time.LocalDate;

/** A logged exercise session, as the FHIR mapping needs it. */
public record SessionRow(Long id, Long planId, LocalDate date, Integer painBefore, Integer painAfter, String note,
                         Instant loggedAt) {
}
