package com.kneerehab.records.outcome;

import com.kneerehab.records.outcome.Questionnaire.Item;
import com.kneerehab.records.outcome.Questionnaire.Option;
import com.kneerehab.records.outcome.Questionnaire.Source;
import com.kneerehab.records.outcome.Questionnaire.Threshold;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import static com.kneerehab.records.outcome.Questionnaire.Method.MEAN;
import static com.kneerehab.records.outcome.Questionnaire.Method.SUM;

/**
 * The outcome measures the clinic uses, each declared here once, with its source. The wording and the
 * points of every answer follow the original publication; docs/outcome-measures.md explains each.
 */
public enum Instrument {

    NPRS(nprs()),
    LEFS(lefs()),
    KUJALA(kujala()),
    VISA_P(visaP()),
    PSFS(psfs());

    private final Questionnaire questionnaire;

    Instrument(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /** Numeric Pain Rating Scale: one rating 0-10, higher is worse. */
    private static Questionnaire nprs() {
        return new Questionnaire("NPRS", OutcomeMessages::nprsTitle, OutcomeMessages::nprsInstructions,
                List.of(Item.rating("pain", OutcomeMessages::nprsPain, 0, 10, OutcomeMessages::nprsLow,
                        OutcomeMessages::nprsHigh)),
                BigDecimal.ZERO, BigDecimal.TEN, false, new Threshold(BigDecimal.valueOf(2), 30), SUM,
                new Source("Jensen MP, Karoly P, Braver S. The measurement of clinical pain intensity: a comparison of"
                        + " six methods. Pain. 1986;27(1):117-126."),
                new Source("Farrar JT, Young JP Jr, LaMoreaux L, Werth JL, Poole RM. Clinical importance of changes"
                        + " in chronic pain intensity measured on an 11-point numerical pain rating scale. Pain."
                        + " 2001;94(2):149-158."));
    }

    /** Lower Extremity Functional Scale: 20 activities, each 0-4, summed to 0-80. */
    private static Questionnaire lefs() {
        List<Questionnaire.Text> activities = List.of(OutcomeMessages::lefs1, OutcomeMessages::lefs2,
                OutcomeMessages::lefs3, OutcomeMessages::lefs4, OutcomeMessages::lefs5, OutcomeMessages::lefs6,
                OutcomeMessages::lefs7, OutcomeMessages::lefs8, OutcomeMessages::lefs9, OutcomeMessages::lefs10,
                OutcomeMessages::lefs11, OutcomeMessages::lefs12, OutcomeMessages::lefs13, OutcomeMessages::lefs14,
                OutcomeMessages::lefs15, OutcomeMessages::lefs16, OutcomeMessages::lefs17, OutcomeMessages::lefs18,
                OutcomeMessages::lefs19, OutcomeMessages::lefs20);
        Option[] difficulty = {
                new Option(0, OutcomeMessages::lefsOption0), new Option(1, OutcomeMessages::lefsOption1),
                new Option(2, OutcomeMessages::lefsOption2), new Option(3, OutcomeMessages::lefsOption3),
                new Option(4, OutcomeMessages::lefsOption4)};
        List<Item> items = IntStream.range(0, activities.size())
                .mapToObj(i -> Item.choice("q" + (i + 1), activities.get(i), difficulty)).toList();
        return new Questionnaire("LEFS", OutcomeMessages::lefsTitle, OutcomeMessages::lefsInstructions, items,
                BigDecimal.ZERO, BigDecimal.valueOf(80), true, new Threshold(BigDecimal.valueOf(9), null), SUM,
                new Source("Binkley JM, Stratford PW, Lott SA, Riddle DL. The Lower Extremity Functional Scale"
                        + " (LEFS): scale development, measurement properties, and clinical application. Phys Ther."
                        + " 1999;79(4):371-383."),
                new Source("Binkley JM, Stratford PW, Lott SA, Riddle DL. Phys Ther. 1999;79(4):371-383"
                        + " (minimal clinically important difference: 9 scale points)."));
    }

    /** Kujala Anterior Knee Pain Scale: 13 items with their own weights, summed to 0-100. */
    private static Questionnaire kujala() {
        List<Item> items = List.of(
                Item.choice("limp", OutcomeMessages::kujalaLimp,
                        new Option(5, OutcomeMessages::kujalaNone),
                        new Option(3, OutcomeMessages::kujalaLimpSlight),
                        new Option(0, OutcomeMessages::kujalaConstant)),
                Item.choice("support", OutcomeMessages::kujalaSupport,
                        new Option(5, OutcomeMessages::kujalaSupportFull),
                        new Option(3, OutcomeMessages::kujalaSupportPainful),
                        new Option(0, OutcomeMessages::kujalaSupportImpossible)),
                Item.choice("walking", OutcomeMessages::kujalaWalking,
                        new Option(5, OutcomeMessages::kujalaWalkingUnlimited),
                        new Option(3, OutcomeMessages::kujalaWalkingOver2km),
                        new Option(2, OutcomeMessages::kujalaWalking1to2km),
                        new Option(0, OutcomeMessages::kujalaUnable)),
                Item.choice("stairs", OutcomeMessages::kujalaStairs,
                        new Option(10, OutcomeMessages::kujalaNoDifficulty),
                        new Option(8, OutcomeMessages::kujalaStairsDescending),
                        new Option(5, OutcomeMessages::kujalaStairsBoth),
                        new Option(0, OutcomeMessages::kujalaUnable)),
                Item.choice("squatting", OutcomeMessages::kujalaSquatting,
                        new Option(5, OutcomeMessages::kujalaNoDifficulty),
                        new Option(4, OutcomeMessages::kujalaSquattingRepeated),
                        new Option(3, OutcomeMessages::kujalaSquattingEachTime),
                        new Option(2, OutcomeMessages::kujalaSquattingPartial),
                        new Option(0, OutcomeMessages::kujalaUnable)),
                Item.choice("running", OutcomeMessages::kujalaRunning,
                        new Option(10, OutcomeMessages::kujalaNoDifficulty),
                        new Option(8, OutcomeMessages::kujalaRunningAfter2km),
                        new Option(6, OutcomeMessages::kujalaRunningFromStart),
                        new Option(3, OutcomeMessages::kujalaRunningSevere),
                        new Option(0, OutcomeMessages::kujalaUnable)),
                Item.choice("jumping", OutcomeMessages::kujalaJumping,
                        new Option(10, OutcomeMessages::kujalaNoDifficulty),
                        new Option(7, OutcomeMessages::kujalaJumpingSlight),
                        new Option(2, OutcomeMessages::kujalaConstantPain),
                        new Option(0, OutcomeMessages::kujalaUnable)),
                Item.choice("sitting", OutcomeMessages::kujalaSitting,
                        new Option(10, OutcomeMessages::kujalaNoDifficulty),
                        new Option(8, OutcomeMessages::kujalaSittingAfterExercise),
                        new Option(6, OutcomeMessages::kujalaConstantPain),
                        new Option(4, OutcomeMessages::kujalaSittingExtend),
                        new Option(0, OutcomeMessages::kujalaUnable)),
                Item.choice("pain", OutcomeMessages::kujalaPain,
                        new Option(10, OutcomeMessages::kujalaNone),
                        new Option(8, OutcomeMessages::kujalaPainSlight),
                        new Option(6, OutcomeMessages::kujalaPainSleep),
                        new Option(3, OutcomeMessages::kujalaPainOccasionallySevere),
                        new Option(0, OutcomeMessages::kujalaPainConstantSevere)),
                Item.choice("swelling", OutcomeMessages::kujalaSwelling,
                        new Option(10, OutcomeMessages::kujalaNone),
                        new Option(8, OutcomeMessages::kujalaSwellingExertion),
                        new Option(6, OutcomeMessages::kujalaSwellingDaily),
                        new Option(4, OutcomeMessages::kujalaSwellingEvening),
                        new Option(0, OutcomeMessages::kujalaConstant)),
                Item.choice("subluxation", OutcomeMessages::kujalaSubluxation,
                        new Option(10, OutcomeMessages::kujalaNone),
                        new Option(6, OutcomeMessages::kujalaSubluxationSports),
                        new Option(4, OutcomeMessages::kujalaSubluxationDaily),
                        new Option(2, OutcomeMessages::kujalaSubluxationOne),
                        new Option(0, OutcomeMessages::kujalaSubluxationMore)),
                Item.choice("atrophy", OutcomeMessages::kujalaAtrophy,
                        new Option(5, OutcomeMessages::kujalaNone),
                        new Option(3, OutcomeMessages::kujalaSlight),
                        new Option(0, OutcomeMessages::kujalaSevere)),
                Item.choice("flexion", OutcomeMessages::kujalaFlexion,
                        new Option(5, OutcomeMessages::kujalaNone),
                        new Option(3, OutcomeMessages::kujalaSlight),
                        new Option(0, OutcomeMessages::kujalaSevere)));
        return new Questionnaire("Kujala", OutcomeMessages::kujalaTitle, OutcomeMessages::kujalaInstructions, items,
                BigDecimal.ZERO, BigDecimal.valueOf(100), true, new Threshold(BigDecimal.TEN, null), SUM,
                new Source("Kujala UM, Jaakkola LH, Koskinen SK, Taimela S, Hurme M, Nelimarkka O. Scoring of"
                        + " patellofemoral disorders. Arthroscopy. 1993;9(2):159-163."),
                new Source("Crossley KM, Bennell KL, Cowan SM, Green S. Analysis of outcome measures for persons"
                        + " with patellofemoral pain: which are reliable and valid? Arch Phys Med Rehabil."
                        + " 2004;85(5):815-822."));
    }

    /** VISA-P: six ratings 0-10, one choice 0-10 and one of three branches of question 8, summed to 0-100. */
    private static Questionnaire visaP() {
        List<Item> items = List.of(
                Item.rating("q1", OutcomeMessages::visap1, 0, 10, OutcomeMessages::visap1Low,
                        OutcomeMessages::visap1High),
                Item.rating("q2", OutcomeMessages::visap2, 0, 10, OutcomeMessages::visapSeverePain,
                        OutcomeMessages::visapNoPain),
                Item.rating("q3", OutcomeMessages::visap3, 0, 10, OutcomeMessages::visapSeverePain,
                        OutcomeMessages::visapNoPain),
                Item.rating("q4", OutcomeMessages::visap4, 0, 10, OutcomeMessages::visapSeverePain,
                        OutcomeMessages::visapNoPain),
                Item.rating("q5", OutcomeMessages::visap5, 0, 10, OutcomeMessages::visapUnable,
                        OutcomeMessages::visapNoProblems),
                Item.rating("q6", OutcomeMessages::visap6, 0, 10, OutcomeMessages::visapSeverePainUnable,
                        OutcomeMessages::visapNoPain),
                Item.choice("q7", OutcomeMessages::visap7,
                        new Option(0, OutcomeMessages::visap7NotAtAll),
                        new Option(4, OutcomeMessages::visap7Modified),
                        new Option(7, OutcomeMessages::visap7Full),
                        new Option(10, OutcomeMessages::visap7Competing)),
                trainingTime("q8a", OutcomeMessages::visap8a, 7, 14, 21, 30),
                trainingTime("q8b", OutcomeMessages::visap8b, 4, 10, 14, 20),
                trainingTime("q8c", OutcomeMessages::visap8c, 2, 5, 7, 10));
        return new Questionnaire("VISA-P", OutcomeMessages::visapTitle, OutcomeMessages::visapInstructions, items,
                BigDecimal.ZERO, BigDecimal.valueOf(100), true, new Threshold(BigDecimal.valueOf(13), null), SUM,
                new Source("Visentini PJ, Khan KM, Cook JL, Kiss ZS, Harcourt PR, Wark JD. The VISA score: an index"
                        + " of severity of symptoms in patients with jumper's knee (patellar tendinosis). J Sci Med"
                        + " Sport. 1998;1(1):22-28."),
                new Source("Hernandez-Sanchez S, Hidalgo MD, Gomez A. Responsiveness of the VISA-P scale for"
                        + " patellar tendinopathy in athletes. Br J Sports Med. 2014;48(6):453-457."));
    }

    /** A branch of VISA-P question 8: how long the patient can train, nil to over 15 minutes. */
    private static Item trainingTime(String key, Questionnaire.Text text, int upTo5, int upTo10, int upTo15,
                                     int over15) {
        return Item.choice(key, text,
                new Option(0, OutcomeMessages::visap8Nil),
                new Option(upTo5, OutcomeMessages::visap8UpTo5),
                new Option(upTo10, OutcomeMessages::visap8UpTo10),
                new Option(upTo15, OutcomeMessages::visap8UpTo15),
                new Option(over15, OutcomeMessages::visap8Over15)).inGroup("q8", OutcomeMessages::visap8);
    }

    /** Patient-Specific Functional Scale: one to five activities the patient names, each 0-10, averaged. */
    private static Questionnaire psfs() {
        List<Item> items = IntStream.rangeClosed(1, 5)
                .mapToObj(n -> Item.namedRating("activity" + n, m -> m.psfsActivity(n), OutcomeMessages::psfsLow,
                        OutcomeMessages::psfsHigh, false))
                .toList();
        return new Questionnaire("PSFS", OutcomeMessages::psfsTitle, OutcomeMessages::psfsInstructions, items,
                BigDecimal.ZERO, BigDecimal.TEN, true, new Threshold(BigDecimal.valueOf(2), null), MEAN,
                new Source("Stratford P, Gill C, Westaway M, Binkley J. Assessing disability and change on"
                        + " individual patients: a report of a patient specific measure. Physiother Can."
                        + " 1995;47(4):258-263."),
                new Source("Horn KK, Jennings S, Richardson G, Vliet DV, Hefford C, Abbott JH. The"
                        + " Patient-Specific Functional Scale: psychometrics, clinimetrics, and application as a"
                        + " clinical outcome measure. J Orthop Sports Phys Ther. 2012;42(1):30-42."));
    }
}
