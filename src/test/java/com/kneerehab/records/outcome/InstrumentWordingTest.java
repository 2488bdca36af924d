package com.kneerehab.records.outcome;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Each item shows the published wording of its own question, and every text the forms need exists. */
class InstrumentWordingTest {

    @Test
    void everyTitleItemAndAnswerHasText() {
        for (Instrument instrument : Instrument.values()) {
            Questionnaire q = instrument.questionnaire();
            assertFalse(Wording.of(q.title()).isBlank());
            assertFalse(Wording.of(q.instructions()).isBlank());
            for (Questionnaire.Item item : q.items()) {
                assertFalse(Wording.of(item.text()).isBlank(), instrument + " " + item.key());
                item.options().forEach(o -> assertFalse(Wording.of(o.label()).isBlank()));
                if (item.kind() != Questionnaire.Kind.CHOICE) {
                    assertFalse(Wording.of(item.lowLabel()).isBlank());
                    assertFalse(Wording.of(item.highLabel()).isBlank());
                }
            }
        }
    }

    @Test
    void lefsItemsAreInThePublishedOrder() {
        List<String> items = Instrument.LEFS.questionnaire().items().stream().map(i -> Wording.of(i.text())).toList();
        assertEquals(20, items.size());
        assertEquals("Any of your usual work, housework, or school activities.", items.get(0));
        assertEquals("Squatting.", items.get(5));
        assertEquals("Going up or down 10 stairs (about 1 flight of stairs).", items.get(12));
        assertEquals("Making sharp turns while running fast.", items.get(17));
        assertEquals("Rolling over in bed.", items.get(19));
        assertEquals(List.of("Extreme difficulty or unable to perform activity", "Quite a bit of difficulty",
                        "Moderate difficulty", "A little bit of difficulty", "No difficulty"),
                Instrument.LEFS.questionnaire().items().get(0).options().stream().map(o -> Wording.of(o.label())).toList());
    }

    @Test
    void visaPQuestionEightIsOneGroupOfThreeIntroducedOnce() {
        List<Questionnaire.Item> branches = Instrument.VISA_P.questionnaire().items().stream()
                .filter(i -> "q8".equals(i.group())).toList();
        assertEquals(List.of("q8a", "q8b", "q8c"), branches.stream().map(Questionnaire.Item::key).toList());
        branches.forEach(b -> assertEquals(Wording.of(OutcomeMessages::visap8), Wording.of(b.groupText())));
        assertEquals("Do you have pain during or immediately after doing 10 single leg hops?",
                Wording.of(Instrument.VISA_P.questionnaire().item("q6").orElseThrow().text()));
    }
}
