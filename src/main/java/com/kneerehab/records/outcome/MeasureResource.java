package com.kneerehab.records.outcome;

import com.kneerehab.records.platform.Problem;
import com.kneerehab.records.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Outcome measures as the clinician assigns, records and reviews them. */
@Path("/api/v1/measures")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Outcome measures")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such patient or assigned measure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Already assigned, already submitted, or changed elsewhere",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "Answers missing or not allowed, each named; nothing saved",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MeasureResource {

    @Inject
    OutcomeService service;

    @POST
    @Operation(summary = "Assign a measure to a patient for baseline, review or discharge")
    @APIResponse(responseCode = "201", description = "Assigned")
    public Response assign(@Valid @NotNull AssignInput input, @Context UriInfo uri) {
        return created(service.assign(input), uri);
    }

    @GET
    @Operation(summary = "A patient's measures with their scores, and the change of each measure taken twice or more")
    public PatientMeasures list(@QueryParam("patientId") @NotNull Long patientId) {
        return service.forPatient(patientId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An assigned measure: its form, answers in progress and every submitted response")
    public MeasureView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/responses")
    @Operation(summary = "Submit the patient's answers, entered by the clinician on the patient's behalf")
    @APIResponse(responseCode = "201", description = "Submitted and scored")
    public Response submit(@PathParam("id") long id, @Valid @NotNull AnswersInput input, @Context UriInfo uri) {
        return created(service.submitOnBehalf(id, input), uri);
    }

    @POST
    @Path("/{id}/corrections")
    @Operation(summary = "Correct the submitted answers: a new version supersedes the current one, both are kept")
    @APIResponse(responseCode = "201", description = "Corrected and scored")
    public Response correct(@PathParam("id") long id, @Valid @NotNull AnswersInput input, @Context UriInfo uri) {
        return created(service.correct(id, input), uri);
    }

    private static Response created(MeasureView view, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("api/v1/measures/{id}").build(view.measure().id()))
                .entity(view).build();
    }
}
