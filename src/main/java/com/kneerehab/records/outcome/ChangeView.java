package com.kneerehab.records.outcome;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * How a measure moved from the patient's baseline to the latest score, judged against its threshold, with
 * the sentence a clinician reads ("LEFS 41 → 55 (+14): clinically important improvement").
 */
public record ChangeView(Instrument instrument, String name, BigDecimal baseline, Instant baselineTakenAt,
                         BigDecimal latest, Instant latestTakenAt, BigDecimal change, BigDecimal threshold,
                         Change.Verdict verdict, String summary) {
}
