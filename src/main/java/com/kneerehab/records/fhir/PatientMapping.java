package com.kneerehab.records.fhir;

import com.kneerehab.records.patient.Patient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;

/** Patient: the MRN as identifier (type MR) in the clinic's system, name, birth date, gender, telecom. */
@ApplicationScoped
class PatientMapping implements RecordMapping {

    @Inject
    FhirSettings settings;

    @Override
    public void map(PatientRecord record, MappedRecord out) {
        out.add(resource(record.patient()));
    }

    org.hl7.fhir.r4.model.Patient resource(Patient patient) {
        var resource = new org.hl7.fhir.r4.model.Patient();
        resource.setId(String.valueOf(patient.id));
        resource.addIdentifier().setUse(Identifier.IdentifierUse.USUAL)
                .setType(Codes.concept(Codes.IDENTIFIER_TYPE, "MR", "Medical record number"))
                .setSystem(settings.mrnSystem()).setValue(patient.mrn);
        resource.setActive(patient.status == Patient.Status.ACTIVE);
        resource.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(patient.familyName).addGiven(patient.givenName);
        if (patient.phone != null) {
            resource.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(patient.phone);
        }
        if (patient.email != null) {
            resource.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(patient.email);
        }
        resource.setGender(switch (patient.sex) {
            case FEMALE -> AdministrativeGender.FEMALE;
            case MALE -> AdministrativeGender.MALE;
            case OTHER -> AdministrativeGender.OTHER;
            case UNDISCLOSED -> AdministrativeGender.UNKNOWN;
        });
        resource.setBirthDateElement(Fhir.date(patient.dateOfBirth));
        return resource;
    }
}
