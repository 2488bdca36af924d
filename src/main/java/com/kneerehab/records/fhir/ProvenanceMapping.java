package com.kneerehab.records.fhir;

import com.kneerehab.records.evaluation.Addendum;
import com.kneerehab.records.evaluation.Evaluation;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Signature;

import java.time.Instant;

import static com.kneerehab.records.fhir.FhirIds.Owner.ADDENDUM;
import static com.kneerehab.records.fhir.FhirIds.Owner.EVALUATION;

/**
 * Provenance for each signature (the clinician's signature covers the visit: its Encounter, Conditions and
 * Observations) and for each addendum (an update of the signed visit, with its reason). Runs after the
 * mappings of the visit, whose resources it names as targets.
 */
@ApplicationScoped
class ProvenanceMapping implements RecordMapping {

    @Override
    public void map(PatientRecord record, MappedRecord out) {
        FhirMessages text = MessageBundles.get(FhirMessages.class);
        for (Evaluation evaluation : record.evaluations()) {
            String visit = EVALUATION.id(evaluation.id);
            if (evaluation.isSigned()) {
                Provenance signature = provenance(EVALUATION.id(evaluation.id, "signature"), evaluation.signedAt,
                        evaluation.signedByName);
                for (Resource resource : out.all()) {
                    String id = resource.getIdElement().getIdPart();
                    if (id.equals(visit) || id.startsWith(visit + "-")) {
                        signature.addTarget(Fhir.ref(resource));
                    }
                }
                signature.addSignature(new Signature()
                        .addType(new Coding(Codes.SIGNATURE_TYPE, "1.2.840.10065.1.12.1.1", "Author's Signature"))
                        .setWhenElement(Fhir.instant(evaluation.signedAt))
                        .setWho(Fhir.named(evaluation.signedByName)));
                out.add(signature);
            }
            for (Addendum addendum : record.addendaOf(evaluation)) {
                Provenance amendment = provenance(ADDENDUM.id(addendum.id), addendum.createdAt, addendum.authorName);
                amendment.addTarget(Fhir.ref("Encounter", visit));
                amendment.addTarget(Fhir.ref("Observation", EVALUATION.id(evaluation.id, "panel")));
                // the addendum's reason describes the change; Provenance.reason is for the purpose of use
                amendment.setActivity(Codes.concept(Codes.DATA_OPERATION, "UPDATE", "revise")
                        .setText(text.addendumReason(addendum.reason)));
                out.add(amendment);
            }
        }
    }

    private static Provenance provenance(String id, Instant recorded, String who) {
        Provenance provenance = new Provenance();
        provenance.setId(id);
        provenance.setRecordedElement(Fhir.instant(recorded));
        provenance.addAgent().setType(Codes.concept(Codes.PROVENANCE_PARTICIPANT, "author", "Author"))
                .setWho(Fhir.named(who));
        return provenance;
    }
}
