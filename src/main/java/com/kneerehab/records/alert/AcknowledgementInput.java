package com.kneerehab.records.alert;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a clinician did about a warning report or an alert; a note is required when the action is OTHER. */
public record AcknowledgementInput(
        @NotNull(message = "{alert.action.required}") AcknowledgementAction action,
        @Size(max = 1000, message = "{alert.note.size}") String note) {
}
