package com.kneerehab.records.fhir;

import ca.uhn.fhir.context.FhirContext;
import com.kneerehab.records.platform.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hl7.fhir.r4.model.Resource;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The FHIR R4 endpoint, {@code /fhir/r4}: the CapabilityStatement, read and search of every served type, and
 * {@code Patient/[id]/$everything}. Answers are written by HAPI's parser in the format asked for
 * ({@link FhirFormat}); refusals are OperationOutcomes. Clinicians and patients only; what each may read is
 * decided in {@link FhirService}.
 */
@Path("/fhir/r4")
@RolesAllowed({Roles.CLINICIAN, Roles.PATIENT})
public class FhirResource {

    @Inject
    FhirService fhir;

    @Inject
    Capability capability;

    @Inject
    FhirContext context;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/metadata")
    @PermitAll
    public Response metadata() {
        return answer(capability.statement(base()));
    }

    @GET
    @Path("/Patient")
    public Response searchPatients() {
        return search("Patient");
    }

    @GET
    @Path("/Patient/{id}")
    public Response readPatient(@PathParam("id") String id) {
        return read("Patient", id);
    }

    @GET
    @Path("/Patient/{id}/$everything")
    public Response everything(@PathParam("id") String id) {
        return answer(fhir.everything(base(), id, FhirService.EVERYTHING));
    }

    @GET
    @Path("/Encounter")
    public Response searchEncounters() {
        return search("Encounter");
    }

    @GET
    @Path("/Encounter/{id}")
    public Response readEncounter(@PathParam("id") String id) {
        return read("Encounter", id);
    }

    @GET
    @Path("/Condition")
    public Response searchConditions() {
        return search("Condition");
    }

    @GET
    @Path("/Condition/{id}")
    public Response readCondition(@PathParam("id") String id) {
        return read("Condition", id);
    }

    @GET
    @Path("/Observation")
    public Response searchObservations() {
        return search("Observation");
    }

    @GET
    @Path("/Observation/{id}")
    public Response readObservation(@PathParam("id") String id) {
        return read("Observation", id);
    }

    @GET
    @Path("/Questionnaire")
    public Response searchQuestionnaires() {
        return search("Questionnaire");
    }

    @GET
    @Path("/Questionnaire/{id}")
    public Response readQuestionnaire(@PathParam("id") String id) {
        return read("Questionnaire", id);
    }

    @GET
    @Path("/QuestionnaireResponse")
    public Response searchQuestionnaireResponses() {
        return search("QuestionnaireResponse");
    }

    @GET
    @Path("/QuestionnaireResponse/{id}")
    public Response readQuestionnaireResponse(@PathParam("id") String id) {
        return read("QuestionnaireResponse", id);
    }

    @GET
    @Path("/CarePlan")
    public Response searchCarePlans() {
        return search("CarePlan");
    }

    @GET
    @Path("/CarePlan/{id}")
    public Response readCarePlan(@PathParam("id") String id) {
        return read("CarePlan", id);
    }

    @GET
    @Path("/ServiceRequest")
    public Response searchServiceRequests() {
        return search("ServiceRequest");
    }

    @GET
    @Path("/ServiceRequest/{id}")
    public Response readServiceRequest(@PathParam("id") String id) {
        return read("ServiceRequest", id);
    }

    @GET
    @Path("/Provenance")
    public Response searchProvenance() {
        return search("Provenance");
    }

    @GET
    @Path("/Provenance/{id}")
    public Response readProvenance(@PathParam("id") String id) {
        return read("Provenance", id);
    }

    @ServerExceptionMapper
    public Response refused(FhirError error) {
        FhirFormat format;
        try {
            format = format();
        } catch (FhirError unsupported) {
            format = new FhirFormat(false, false);
        }
        return Response.status(error.status()).type(format.mediaType()).entity(format.encode(context, error.outcome()))
                .build();
    }

    private Response read(String type, String id) {
        return answer(fhir.read(type, id));
    }

    private Response search(String type) {
        return answer(fhir.search(base(), type, uri.getQueryParameters()));
    }

    private Response answer(Resource resource) {
        FhirFormat format = format();
        return Response.ok(format.encode(context, resource)).type(format.mediaType()).build();
    }

    private FhirFormat format() {
        return FhirFormat.of(uri.getQueryParameters().getFirst("_format"), headers.getHeaderString(HttpHeaders.ACCEPT),
                uri.getQueryParameters().getFirst("_pretty"));
    }

    private String base() {
        String root = uri.getBaseUri().toString();
        return (root.endsWith("/") ? root : root + "/") + "fhir/r4";
    }
}
