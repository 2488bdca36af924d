package com.kneerehab.records.outcome;

import java.math.BigDecimal;

/**
 * A later score compared with the baseline against the measure's minimal clinically important change.
 * The difference is "later minus baseline" as the scale reads; whether that is better or worse depends on
 * the measure's direction. An improvement counts when it reaches the threshold in points or, where the
 * measure also gives a share of the baseline (NPRS: 30 %), that share; a worsening counts at the threshold
 * in points (the share was established for improvement only).
 */
public record Change(BigDecimal baseline, BigDecimal later, BigDecimal difference, Verdict verdict) {

    public enum Verdict { IMPROVED, WORSENED, NOT_YET }

    public static Change between(Questionnaire questionnaire, BigDecimal baseline, BigDecimal later) {
        BigDecimal difference = later.subtract(baseline);
        BigDecimal gain = questionnaire.higherIsBetter() ? difference : difference.negate();
        Questionnaire.Threshold threshold = questionnaire.threshold();
        Verdict verdict;
        if (gain.compareTo(threshold.points()) >= 0 || reachesShare(threshold, baseline, gain)) {
            verdict = Verdict.IMPROVED;
        } else if (gain.negate().compareTo(threshold.points()) >= 0) {
            verdict = Verdict.WORSENED;
        } else {
            verdict = Verdict.NOT_YET;
        }
        return new Change(baseline, later, difference, verdict);
    }

    /**
     * How far the score must move in the better direction from {@code baseline} to count as an improvement:
     * the threshold in points, or less where the measure also accepts a share of the baseline (NPRS from 5:
     * 30 % of 5 is 1.5 points). The rule of {@link #between} as a distance, for drawing the threshold band.
     */
    public static BigDecimal improvementNeeded(Questionnaire questionnaire, BigDecimal baseline) {
        Questionnaire.Threshold threshold = questionnaire.threshold();
        if (threshold.percent() == null || baseline.signum() <= 0) {
            return threshold.points();
        }
        BigDecimal share = baseline.multiply(BigDecimal.valueOf(threshold.percent()))
                .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
        return share.min(threshold.points());
    }

    /** gain / baseline >= percent / 100, without dividing; the share means nothing from a baseline of 0. */
    private static boolean reachesShare(Questionnaire.Threshold threshold, BigDecimal baseline, BigDecimal gain) {
        return threshold.percent() != null && baseline.signum() > 0 && gain.signum() > 0
                && gain.multiply(BigDecimal.valueOf(100))
                .compareTo(baseline.multiply(BigDecimal.valueOf(threshold.percent()))) >= 0;
    }

    /** The sentence a clinician reads, e.g. "LEFS 41 → 55 (+14): clinically important improvement". */
    public String describe(String abbreviation, OutcomeMessages messages) {
        String from = number(baseline);
        String to = number(later);
        String by = signed(difference);
        return switch (verdict) {
            case IMPROVED -> messages.changeImproved(abbreviation, from, to, by);
            case WORSENED -> messages.changeWorsened(abbreviation, from, to, by);
            case NOT_YET -> messages.changeNotYet(abbreviation, from, to, by);
        };
    }

    /** A score as written: no trailing zeros ("41", "4.5"). */
    public static String number(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** A difference with its sign: "+14", "-3", "0". */
    public static String signed(BigDecimal value) {
        return value.signum() > 0 ? "+" + number(value) : number(value);
    }
}
