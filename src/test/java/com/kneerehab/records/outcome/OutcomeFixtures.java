package com.kneerehab.records.outcome;

import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientInput;
import com.kneerehab.records.patient.PatientService;
import com.kneerehab.records.platform.Side;
import com.kneerehab.records.platform.TestDatabase;
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
    TestDatabase db;

    /** A patient whose record is linked to the sign-in account {@code username}. */
    public long linkedPatient(String username, String familyName) {
        Patient patient = patients.register(new PatientInput("Pat", familyName, LocalDate.of(1990, 3, 4),
                Patient.Sex.FEMALE, null, null, Side.LEFT, null, null, null));
        db.execute("INSERT INTO account (subject, username, display_name, role, patient_id, active, created_at, updated_at)"
                + " VALUES ('" + username + "-id', '" + username + "', 'Pat " + familyName + "', 'patient', " + patient.id
                + ", TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
        return patient.id;
    }

    /** An open measure, assigned by "clinician" today and due today. */
    @Transactional
    public long assigned(long patientId, Instrument instrument, Occasion occasion) {
        AssignedMeasure measure = new AssignedMeasure();
        measure.patient = patients.require(patientId);
        measure.instrument = instrument;
        measure.occasion = occasion;
        measure.dueDate = LocalDate.now();
        measure.assignedBySubject = "clinician";
        measure.assignedByName = "Clinician";
        measure.assignedAt = Instant.now();
        measures.persist(measure);
        return measure.id;
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
