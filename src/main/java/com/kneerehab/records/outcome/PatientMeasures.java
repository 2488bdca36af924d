package com.kneerehab.records.outcome;

import java.util.List;

/** A patient's assigned measures, newest first, and for each measure taken twice or more its change. */
public record PatientMeasures(List<MeasureRow> measures, List<ChangeView> changes) {
}
