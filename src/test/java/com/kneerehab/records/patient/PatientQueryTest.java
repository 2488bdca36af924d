package com.kneerehab.records.patient;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How what was typed into the patient search is read, in each clinic date format. */
class PatientQueryTest {

    static final DateTimeFormatter EUROPEAN = PatientQuery.clinicFormat("dd.MM.yyyy");
    static final DateTimeFormatter AMERICAN = PatientQuery.clinicFormat("MM/dd/yyyy");
    static final DateTimeFormatter BRITISH = PatientQuery.clinicFormat("dd/MM/yyyy");

    @Test
    void readsARecordNumberInAnyCase() {
        PatientQuery q = PatientQuery.of(" kr10001001 ", EUROPEAN);
        assertEquals(PatientQuery.Kind.MRN, q.kind());
        assertEquals("KR10001001", q.mrn());
    }

    @Test
    void readsADateOfBirthInIsoAndInTheClinicsFormat() {
        LocalDate born = LocalDate.of(1990, 3, 7);
        assertEquals(born, PatientQuery.of("1990-03-07", AMERICAN).dateOfBirth());
        assertEquals(born, PatientQuery.of("07.03.1990", EUROPEAN).dateOfBirth());
        assertEquals(born, PatientQuery.of("7.3.1990", EUROPEAN).dateOfBirth());
        assertEquals(born, PatientQuery.of("03/07/1990", AMERICAN).dateOfBirth());
        assertEquals(born, PatientQuery.of("07/03/1990", BRITISH).dateOfBirth());
        assertEquals(PatientQuery.Kind.DATE_OF_BIRTH, PatientQuery.of("3/7/1990", AMERICAN).kind());
        assertFalse(PatientQuery.of("30.02.1990", EUROPEAN).kind() == PatientQuery.Kind.DATE_OF_BIRTH,
                "no 30 February");
    }

    @Test
    void readsAPhoneNumberWithoutItsLeadingZeros() {
        PatientQuery q = PatientQuery.of("06 1234-5678", EUROPEAN);
        assertEquals(PatientQuery.Kind.PHONE, q.kind());
        assertEquals("612345678", q.phoneDigits());
        assertTrue(q.searchesPhone());
        assertNull(q.mrn(), "more than eight digits or any separator is no record number");
        assertEquals("KR10001001", PatientQuery.of("10001001", EUROPEAN).mrn());
        assertFalse(PatientQuery.of("0012", EUROPEAN).searchesPhone(), "too few digits");
    }

    @Test
    void readsANameAsItsWords() {
        PatientQuery q = PatientQuery.of("  Verhoeven,   Hannah ", EUROPEAN);
        assertEquals(PatientQuery.Kind.NAME, q.kind());
        assertEquals(List.of("Verhoeven", "Hannah"), q.words());
        assertEquals("Verhoeven Hannah", q.name());
        assertEquals(PatientQuery.Kind.EVERYONE, PatientQuery.of("   ", EUROPEAN).kind());
        assertEquals(PatientQuery.MAX_LENGTH, PatientQuery.of("x".repeat(300), EUROPEAN).text().length());
    }
}
