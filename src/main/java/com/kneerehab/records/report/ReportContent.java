package com.kneerehab.records.report;

import com.kneerehab.records.evaluation.Choices.Diagnosis;
import com.kneerehab.records.evaluation.Choices.PainSource;
import com.kneerehab.records.evaluation.Choices.Symptom;
import com.kneerehab.records.evaluation.EvaluationView;
import com.kneerehab.records.outcome.Change;
import com.kneerehab.records.platform.Side;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The parts of a progress report drafted from the record, as they were when drafted: the addressee, the
 * signed evaluation's findings in the top-down order with the suspected pain sources (primary first), the
 * plan, adherence and pain trend, and the outcome measures' change against their thresholds. Stored with the
 * report as JSON; choice values are kept as their names and put into words when shown.
 */
public record ReportContent(Recipient recipient, Findings findings, Plan plan, Trend trend,
                            List<Outcome> outcomes) {

    /** The referring physician when the report was drafted; null when none was recorded. */
    public record Recipient(String name, String practice, List<String> address, String phone, String fax,
                            String email) {

        /** One line naming the addressee, as a sending is recorded. */
        public String oneLine() {
            StringBuilder line = new StringBuilder(name);
            if (practice != null) {
                line.append(", ").append(practice);
            }
            return line.toString();
        }
    }

    /** The latest signed evaluation; null when the patient has none. */
    public record Findings(Long evaluationId, LocalDate visitDate, String clinician, com.kneerehab.records.evaluation.RibcageFindings ribcage,
                           com.kneerehab.records.evaluation.HipFindings hip,
                           com.kneerehab.records.evaluation.FootAnkleFindings footAnkle,
                           com.kneerehab.records.evaluation.KneeAxisFindings kneeAxis,
                           Set<Symptom> symptoms, Side symptomSide, Integer painScore, List<PainSource> painSources,
                           PainSource primarySource, Diagnosis diagnosis, String diagnosisOther,
                           List<EvaluationView.AddendumView> addenda) {
    }

    /** The current plan; null when the patient has none. */
    public record Plan(Long planId, int number, LocalDate startDate, LocalDate reviewDate, String goals,
                       String prescribedBy, List<Exercise> exercises) {
    }

    public record Exercise(String name, String dosage, String notes) {
    }

    /** Sessions logged against sessions prescribed over the recent weeks, and where the pain is heading. */
    public record Trend(int weeks, int sessionsDone, int sessionsPrescribed, int painLogs, LocalDate firstLogged,
                        Integer firstPainAfter, LocalDate lastLogged, Integer lastPainAfter, Direction direction) {

        public enum Direction { FALLING, STEADY, RISING, UNKNOWN }

        public Integer adherencePercent() {
            return sessionsPrescribed == 0 ? null
                    : Math.min(100, Math.round(100f * sessionsDone / sessionsPrescribed));
        }
    }

    /** A measure scored at least twice: baseline against latest, judged against its threshold. */
    public record Outcome(String name, BigDecimal baseline, LocalDate baselineOn, BigDecimal latest,
                          LocalDate latestOn, BigDecimal change, BigDecimal threshold, Change.Verdict verdict,
                          String summary) {

        public String baselineText() {
            return Change.number(baseline);
        }

        public String latestText() {
            return Change.number(latest);
        }

        public String changeText() {
            return Change.signed(change);
        }

        public String thresholdText() {
            return Change.number(threshold);
        }
    }
}
