package com.kneerehab.records.outcome;

import com.kneerehab.records.Records;
import com.kneerehab.records.patient.PatientService;
import com.kneerehab.records.platform.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Patients with sign-in accounts and measures assigned to them, built through the services and the
 * repository so a test can run as the patient from the start.
 */
@ApplicationScoped
public class OutcomeFixtures {

    @Inject
    PatientService patients;

    @Inject
    MeasureRepository measures;

    @Inject
    Records records;

    /** A patient whose record is linked to the sign-in account {@code username}. */
    public long linkedPatient(String username, String familyName) {
        long patient = records.patient("Pat", familyName);
        records.account(username, "Pat " + familyName, Roles.PATIENT, patient);
        return patient;
    }

    /** An open measure, assigned by "clinician" today and due today. */
    @Transactional
    public long assigned(long patientId, Instrument instrument, Occasion occasion) {
        AssignedMeasure measure = newMeasure(patientId, instrument, occasion);
        measures.persist(measure);
        return measure.id;
    }

    private AssignedMeasure newMeasure(long patientId, Instrument instrument, Occasion occasion) {
        AssignedMeasure measure = new AssignedMeasure();
        measure.patient = patients.require(patientId);
        measure.instrument = instrument;
        measure.occasion = occasion;
        measure.dueDate = LocalDate.now();
        measure.assignedBySubject = "clinician";
        measure.assignedByName = "Clinician";
        measure.assignedAt = Instant.now();
        return measure;
    }

    /** A measure taken: assigned, answered with {@code answers} and submitted as response 1 with {@code score}. */
    @Transactional
    public long taken(long patientId, Instrument instrument, Occasion occasion, String score,
                      List<Scoring.Answer> answers) {
        AssignedMeasure measure = newMeasure(patientId, instrument, occasion);
        Instant now = Instant.now();
        measure.complete(now);
        measures.persist(measure);
        MeasureResponse response = response(measure, now);
        response.replaceAnswers(answers, MeasureResponse.AnsweredBy.PATIENT, "pat", "Pat", now);
        response.submit(new java.math.BigDecimal(score), 1, now);
        measures.persistResponse(response);
        return measure.id;
    }

    /** Corrects the current response of a measure taken: a new numbered response supersedes it. */
    @Transactional
    public void corrected(long measureId) {
        MeasureResponse current = measures.current(measureId).orElseThrow();
        Instant now = Instant.now();
        current.supersede(now);
        measures.flush();
        MeasureResponse correction = response(current.assignment, now);
        correction.supersedesId = current.id;
        correction.correctionReason = "Read back to the patient";
        correction.replaceAnswers(current.scoringAnswers(), MeasureResponse.AnsweredBy.CLINICIAN, "clinician",
                "Clinician", now);
        correction.submit(current.score, measures.nextResponseNumber(measureId), now);
        measures.persistResponse(correction);
    }

    /** Answers in progress on an open measure (replacing any saved before). */
    @Transactional
    public void draft(long measureId, List<Scoring.Answer> answers) {
        AssignedMeasure measure = measures.findById(measureId);
        Instant now = Instant.now();
        MeasureResponse draft = measures.draft(measureId).orElseGet(() -> response(measure, now));
        draft.replaceAnswers(answers, MeasureResponse.AnsweredBy.PATIENT, "pat", "Pat", now);
        if (draft.id == null) {
            measures.persistResponse(draft);
        }
    }

    private static MeasureResponse response(AssignedMeasure measure, Instant now) {
        MeasureResponse response = new MeasureResponse();
        response.assignment = measure;
        response.patientId = measure.patient.id;
        response.startedAt = now;
        response.updatedAt = now;
        return response;
    }

    /** LEFS answers q1..q20 as the API takes them. */
    public static List<Map<String, Object>> lefs(int... values) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            answers.add(Map.of("item", "q" + (i + 1), "value", values[i]));
        }
        return answers;
    }

    /** The hand-checked LEFS set that scores 41 (see ScoringTest). */
    public static List<Map<String, Object>> lefs41() {
        return lefs(2, 3, 1, 4, 3, 1, 2, 4, 1, 3, 2, 1, 2, 3, 3, 0, 0, 0, 2, 4);
    }

    /** A LEFS set that scores 55: the set for 41 with items 6, 9, 12 and 16-19 higher. */
    public static List<Map<String, Object>> lefs55() {
        // 41 + (6: 1->3) + (9: 1->2) + (12: 1->2) + (16: 0->3) + (17: 0->3) + (18: 0->3) + (19: 2->3)
        //    = 41 + 2 + 1 + 1 + 3 + 3 + 3 + 1 = 55
        return lefs(2, 3, 1, 4, 3, 3, 2, 4, 2, 3, 2, 2, 2, 3, 3, 3, 3, 3, 3, 4);
    }
}
