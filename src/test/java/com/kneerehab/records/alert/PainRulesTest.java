package com.kneerehab.records.alert;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PainRulesTest {

    @Test
    void aSessionsPainIsTheWorseOfItsTwoScores() {
        assertEquals(8, PainRules.pain(3, 8));
        assertEquals(7, PainRules.pain(7, 2));
    }

    @Test
    void highPainStartsAtTheThreshold() {
        assertTrue(PainRules.high(7, 7));
        assertFalse(PainRules.high(6, 7));
    }

    @Test
    void risingIsThreeSessionsInARowEachWorseThanTheOneBefore() {
        assertEquals(Optional.of(List.of(2, 4, 5)), PainRules.rising(List.of(2, 4, 5)));
        assertEquals(Optional.of(List.of(4, 5, 6)), PainRules.rising(List.of(9, 1, 4, 5, 6)));
        assertEquals(Optional.empty(), PainRules.rising(List.of(2, 4, 4)));
        assertEquals(Optional.empty(), PainRules.rising(List.of(2, 5, 3)));
        assertEquals(Optional.empty(), PainRules.rising(List.of(2, 5)));
        assertEquals(Optional.empty(), PainRules.rising(List.of()));
    }
}
