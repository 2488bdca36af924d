package com.kneerehab.records.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations;

import java.time.LocalDate;

/** The server's CapabilityStatement, written from {@link ServedType}: exactly the types, reads, searches and operation served. */
@ApplicationScoped
class Capability {

    /** When this statement last changed; a client may cache it until then. */
    static final LocalDate DATE = LocalDate.of(2026, 12, 3);

    CapabilityStatement statement(String base) {
        FhirMessages text = FhirService.text();
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setDateElement(new DateTimeType(DATE.toString()));
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.getImplementation().setDescription(text.serverDescription()).setUrl(base);
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.addFormat("json").addFormat("xml");
        var rest = statement.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity().setCors(false)
                .addService(Codes.concept(Codes.SECURITY_SERVICE, "SMART-on-FHIR", "SMART-on-FHIR"));
        for (ServedType served : ServedType.values()) {
            CapabilityStatementRestResourceComponent resource = rest.addResource().setType(served.type);
            resource.addInteraction().setCode(TypeRestfulInteraction.READ);
            resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
            resource.setVersioning(CapabilityStatement.ResourceVersionPolicy.NOVERSION);
            resource.setReadHistory(false).setUpdateCreate(false);
            for (ServedType.Param param : served.params) {
                resource.addSearchParam().setName(param.name()).setType(param.type());
            }
            if (served == ServedType.PATIENT) {
                resource.addOperation().setName("everything")
                        .setDefinition("http://hl7.org/fhir/OperationDefinition/Patient-everything");
            }
        }
        return statement;
    }
}
