package com.kneerehab.records.plan;

import java.time.LocalDate;

/** A current plan whose review date has passed. */
public record ReviewDue(Long planId, Long patientId, int planNumber, LocalDate reviewDate) {
}
