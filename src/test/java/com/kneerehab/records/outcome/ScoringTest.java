package com.kneerehab.records.outcome;

import com.kneerehab.records.outcome.Scoring.Answer;
import com.kneerehab.records.outcome.Scoring.Fault;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores of hand-checked answer sets for every measure: the lowest and highest possible, a mixed set worked
 * out by hand in the comments, and the instrument's rules for missing or conflicting answers.
 */
class ScoringTest {

    private static final Questionnaire NPRS = Instrument.NPRS.questionnaire();
    private static final Questionnaire LEFS = Instrument.LEFS.questionnaire();
    private static final Questionnaire KUJALA = Instrument.KUJALA.questionnaire();
    private static final Questionnaire VISA_P = Instrument.VISA_P.questionnaire();
    private static final Questionnaire PSFS = Instrument.PSFS.questionnaire();

    // --- NPRS ---

    @Test
    void nprsIsTheRatingItself() {
        assertEquals(score("0"), Scoring.score(NPRS, List.of(Answer.of("pain", 0))));
        assertEquals(score("10"), Scoring.score(NPRS, List.of(Answer.of("pain", 10))));
        assertEquals(score("6"), Scoring.score(NPRS, List.of(Answer.of("pain", 6))));
    }

    @Test
    void nprsRefusesNoRatingAndARatingOffTheScale() {
        assertEquals(Map.of("pain", Fault.MISSING), Scoring.checkComplete(NPRS, List.of()).faults());
        assertEquals(Map.of("pain", Fault.OUT_OF_RANGE),
                Scoring.checkComplete(NPRS, List.of(Answer.of("pain", 11))).faults());
        assertEquals(Map.of("pain", Fault.OUT_OF_RANGE),
                Scoring.checkComplete(NPRS, List.of(Answer.of("pain", -1))).faults());
    }

    // --- LEFS ---

    @Test
    void lefsRangesFromZeroToEighty() {
        assertEquals(score("0"), Scoring.score(LEFS, lefs(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        assertEquals(score("80"), Scoring.score(LEFS, lefs(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4)));
    }

    @Test
    void lefsAddsTheTwentyAnswers() {
        // items 1-5: 2+3+1+4+3 = 13; 6-10: 1+2+4+1+3 = 11; 11-15: 2+1+2+3+3 = 11; 16-20: 0+0+0+2+4 = 6
        // 13 + 11 + 11 + 6 = 41
        assertEquals(score("41"), Scoring.score(LEFS, lefs(2, 3, 1, 4, 3, 1, 2, 4, 1, 3, 2, 1, 2, 3, 3, 0, 0, 0, 2, 4)));
    }

    @Test
    void lefsWithAnAnswerLeftOutIsNotScored() {
        List<Answer> nineteen = new ArrayList<>(lefs(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4));
        nineteen.remove(12);
        assertEquals(Map.of("q13", Fault.MISSING), Scoring.checkComplete(LEFS, nineteen).faults());
        assertEquals(Optional.empty(), Scoring.score(LEFS, nineteen));
        assertTrue(Scoring.checkPartial(LEFS, nineteen).ok(), "answers in progress may leave questions out");
    }

    @Test
    void lefsRefusesAnAnswerThatIsNotOneOfItsFive() {
        List<Answer> answers = new ArrayList<>(lefs(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4));
        answers.set(0, Answer.of("q1", 5));
        answers.add(Answer.of("q21", 1));
        assertEquals(Map.of("q1", Fault.NOT_AN_OPTION, "q21", Fault.UNKNOWN_ITEM),
                Scoring.checkPartial(LEFS, answers).faults());
    }

    // --- Kujala ---

    @Test
    void kujalaRangesFromZeroToAHundred() {
        assertEquals(score("0"), Scoring.score(KUJALA, kujala(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        assertEquals(score("100"), Scoring.score(KUJALA, kujala(5, 5, 5, 10, 5, 10, 10, 10, 10, 10, 10, 5, 5)));
    }

    @Test
    void kujalaWeighsEachAnswerByItsItem() {
        // a runner with patellofemoral pain: no limp 5, full support 5, walking unlimited 5,
        // slight pain descending stairs 8, squatting painful each time 3, slight pain running from the start 6,
        // slight difficulty jumping 7, pain sitting after exercise 8, slight and occasional pain 8,
        // swelling after severe exertion 8, no subluxations 10, slight thigh atrophy 3, no flexion deficit 5
        // 5+5+5 = 15; +8+3+6 = 32; +7+8+8 = 55; +8+10 = 73; +3+5 = 81
        assertEquals(score("81"), Scoring.score(KUJALA, kujala(5, 5, 5, 8, 3, 6, 7, 8, 8, 8, 10, 3, 5)));
    }

    @Test
    void kujalaKeepsThePublishedWeights() {
        // the maximum of each item, in order: limp 5, support 5, walking 5, stairs 10, squatting 5, running 10,
        // jumping 10, sitting 10, pain 10, swelling 10, subluxation 10, atrophy 5, flexion 5
        assertEquals(List.of(5, 5, 5, 10, 5, 10, 10, 10, 10, 10, 10, 5, 5), KUJALA.items().stream()
                .map(i -> i.options().stream().mapToInt(Questionnaire.Option::points).max().orElseThrow()).toList());
        assertEquals(List.of(10, 8, 6, 4, 0), points(KUJALA, "sitting"));
        assertEquals(List.of(5, 4, 3, 2, 0), points(KUJALA, "squatting"));
        assertEquals(List.of(10, 6, 4, 2, 0), points(KUJALA, "subluxation"));
        assertEquals("Slight pain when descending", Wording.of(KUJALA.item("stairs").orElseThrow().options().get(1).label()));
        assertEquals("Possible with partial weight bearing",
                Wording.of(KUJALA.item("squatting").orElseThrow().options().get(3).label()));
    }

    @Test
    void kujalaRefusesPointsNoAnswerOfThatItemCarries() {
        // a constant limp is 0 points, not 2; squatting with partial weight bearing is 2 points, not 1
        List<Answer> answers = new ArrayList<>(kujala(2, 5, 5, 10, 1, 10, 10, 10, 10, 10, 10, 5, 5));
        assertEquals(Map.of("limp", Fault.NOT_AN_OPTION, "squatting", Fault.NOT_AN_OPTION),
                Scoring.checkComplete(KUJALA, answers).faults());
    }

    @Test
    void kujalaWithAnAnswerLeftOutIsNotScored() {
        List<Answer> twelve = new ArrayList<>(kujala(5, 5, 5, 10, 5, 10, 10, 10, 10, 10, 10, 5, 5));
        twelve.remove(8);
        assertEquals(Map.of("pain", Fault.MISSING), Scoring.checkComplete(KUJALA, twelve).faults());
    }

    // --- VISA-P ---

    @Test
    void visaPRangesFromZeroToAHundred() {
        assertEquals(score("0"), Scoring.score(VISA_P, visaP(0, 0, 0, 0, 0, 0, 0, "q8c", 0)));
        assertEquals(score("100"), Scoring.score(VISA_P, visaP(10, 10, 10, 10, 10, 10, 10, "q8a", 30)));
    }

    @Test
    void visaPAddsSevenAnswersAndOneBranchOfQuestionEight() {
        // sits pain free for 60 minutes 6, stairs 7, knee extension 9, lunge 5, squatting 6, hops 4: 37;
        // full training but not at the level before the symptoms 7: 44;
        // trains 6-10 minutes with pain that does not stop the training (8b) 10: 54
        assertEquals(score("54"), Scoring.score(VISA_P, visaP(6, 7, 9, 5, 6, 4, 7, "q8b", 10)));
    }

    @Test
    void visaPQuestionEightBranchesCarryTheirOwnPoints() {
        assertEquals(List.of(0, 7, 14, 21, 30), points(VISA_P, "q8a"));
        assertEquals(List.of(0, 4, 10, 14, 20), points(VISA_P, "q8b"));
        assertEquals(List.of(0, 2, 5, 7, 10), points(VISA_P, "q8c"));
        assertEquals(List.of(0, 4, 7, 10), points(VISA_P, "q7"));
        // 11-15 minutes is 21 points in branch A, but no answer of branch B is worth 21
        assertEquals(Map.of("q8b", Fault.NOT_AN_OPTION),
                Scoring.checkComplete(VISA_P, visaP(6, 7, 9, 5, 6, 4, 7, "q8b", 21)).faults());
    }

    @Test
    void visaPNeedsExactlyOneBranchOfQuestionEight() {
        List<Answer> none = visaP(6, 7, 9, 5, 6, 4, 7, "q8b", 10).subList(0, 7);
        assertEquals(Map.of("q8", Fault.MISSING), Scoring.checkComplete(VISA_P, none).faults());
        List<Answer> two = new ArrayList<>(visaP(6, 7, 9, 5, 6, 4, 7, "q8b", 10));
        two.add(Answer.of("q8a", 7));
        assertEquals(Map.of("q8", Fault.ONE_BRANCH), Scoring.checkComplete(VISA_P, two).faults());
        assertEquals(Map.of("q8", Fault.ONE_BRANCH), Scoring.checkPartial(VISA_P, two).faults());
        assertTrue(Scoring.checkPartial(VISA_P, none).ok());
    }

    @Test
    void visaPRefusesARatingOffTheScale() {
        assertEquals(Map.of("q1", Fault.OUT_OF_RANGE),
                Scoring.checkComplete(VISA_P, visaP(11, 7, 9, 5, 6, 4, 7, "q8b", 10)).faults());
    }

    // --- PSFS ---

    @Test
    void psfsIsTheAverageOfTheRatedActivities() {
        // (3 + 5 + 2) / 3 = 3.33, to one decimal 3.3
        assertEquals(score("3.3"), Scoring.score(PSFS, List.of(Answer.named("activity1", "Running 5 km", 3),
                Answer.named("activity2", "Going down stairs", 5), Answer.named("activity3", "Squatting", 2))));
        // (2 + 2 + 1) / 3 = 1.67, to one decimal 1.7
        assertEquals(score("1.7"), Scoring.score(PSFS, List.of(Answer.named("activity1", "Hiking", 2),
                Answer.named("activity2", "Kneeling", 2), Answer.named("activity4", "Jumping", 1))));
        assertEquals(score("0.0"), Scoring.score(PSFS, List.of(Answer.named("activity1", "Running", 0))));
        assertEquals(score("10.0"), Scoring.score(PSFS, List.of(Answer.named("activity1", "A", 10),
                Answer.named("activity2", "B", 10), Answer.named("activity3", "C", 10),
                Answer.named("activity4", "D", 10), Answer.named("activity5", "E", 10))));
    }

    @Test
    void psfsNeedsEachRatedActivityNamedAndAtLeastOne() {
        assertEquals(Map.of("activity1", Fault.NO_ACTIVITY), Scoring.checkComplete(PSFS, List.of()).faults());
        assertEquals(Map.of("activity2", Fault.ACTIVITY_UNNAMED), Scoring.checkComplete(PSFS,
                List.of(Answer.named("activity1", "Running", 4), Answer.named("activity2", " ", 6))).faults());
        List<Answer> namedNotRated = List.of(Answer.named("activity1", "Running", 4), Answer.named("activity2", "Stairs", null));
        assertEquals(Map.of("activity2", Fault.ACTIVITY_UNRATED), Scoring.checkComplete(PSFS, namedNotRated).faults());
        assertTrue(Scoring.checkPartial(PSFS, namedNotRated).ok(), "a named activity may be rated later");
        assertEquals(Map.of("activity1", Fault.OUT_OF_RANGE),
                Scoring.checkPartial(PSFS, List.of(Answer.named("activity1", "Running", 12))).faults());
    }

    @Test
    void aQuestionAnsweredTwiceIsRefused() {
        assertEquals(Map.of("pain", Fault.REPEATED),
                Scoring.checkComplete(NPRS, List.of(Answer.of("pain", 4), Answer.of("pain", 5))).faults());
    }

    @Test
    void everyDeclaredRangeIsWhatTheItemsCanReach() {
        for (Instrument instrument : Instrument.values()) {
            Questionnaire q = instrument.questionnaire();
            int highest = 0;
            int branch = 0;
            for (Questionnaire.Item item : q.items()) {
                int top = item.kind() == Questionnaire.Kind.CHOICE
                        ? item.options().stream().mapToInt(Questionnaire.Option::points).max().orElseThrow()
                        : item.high();
                if (item.group() != null) {
                    branch = Math.max(branch, top);
                } else if (q.method() == Questionnaire.Method.SUM) {
                    highest += top;
                } else {
                    highest = Math.max(highest, top);
                }
            }
            assertEquals(q.max().intValue(), highest + branch, instrument + " maximum");
            assertEquals(0, q.min().intValue(), instrument + " minimum");
        }
    }

    // --- helpers ---

    private static Optional<BigDecimal> score(String value) {
        return Optional.of(new BigDecimal(value));
    }

    private static List<Answer> lefs(int... values) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            answers.add(Answer.of("q" + (i + 1), values[i]));
        }
        return answers;
    }

    private static List<Answer> kujala(int... values) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            answers.add(Answer.of(KUJALA.items().get(i).key(), values[i]));
        }
        return answers;
    }

    private static List<Answer> visaP(int q1, int q2, int q3, int q4, int q5, int q6, int q7, String branch, int q8) {
        return List.of(Answer.of("q1", q1), Answer.of("q2", q2), Answer.of("q3", q3), Answer.of("q4", q4),
                Answer.of("q5", q5), Answer.of("q6", q6), Answer.of("q7", q7), Answer.of(branch, q8));
    }

    private static List<Integer> points(Questionnaire q, String item) {
        return q.item(item).orElseThrow().options().stream().map(Questionnaire.Option::points).toList();
    }
}
