package com.kneerehab.records.portal;

import java.time.LocalDate;
import java.util.List;

/**
 * Adherence (sessions done against sessions prescribed, week by week) and the pain trend, for the
 * patient's portal and the clinician's chart alike.
 */
public record Progress(List<Week> weeks, List<PainPoint> pain) {

    public record Week(LocalDate start, int done, int prescribed) {
        public int percent() {
            return prescribed == 0 ? 0 : Math.min(100, Math.round(100f * done / prescribed));
        }
    }

    public record PainPoint(LocalDate date, int before, int after) {
    }

    public boolean isEmpty() {
        return pain.isEmpty();
    }
}
