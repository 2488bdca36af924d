package com.kneerehab.records.outcome;

import com.kneerehab.records.platform.ClinicTime;
import com.kneerehab.records.platform.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * A patient's outcome measures as charts, for a view composed of several features (the clinician's chart,
 * a progress report). It writes no audit line of its own and checks no role: the composing view does both,
 * as it does for the rest of what it reads.
 */
@ApplicationScoped
public class OutcomeCharts {

    @Inject
    MeasureRepository measures;

    @Inject
    OutcomeMessages messages;

    @Inject
    ClinicTime clinic;

    /** One chart per measure with a score, in one statement. */
    public List<MeasureChart> forPatient(long patientId) {
        return MeasureChart.of(measures.rows(patientId), messages, clinic, Language.current());
    }
}
