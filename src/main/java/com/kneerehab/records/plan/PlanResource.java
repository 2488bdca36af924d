package com.kneerehab.records.plan;

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

import java.util.List;

@Path("/api/v1/plans")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Treatment plans")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such patient or plan",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "A current plan exists, the plan is superseded, or it was edited elsewhere",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "The prescription breaks a rule",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PlanResource {

    public record PlanWithChanges(PlanView plan, List<String> changesFromPrevious) {
    }

    @Inject
    PlanService service;

    @POST
    @Operation(summary = "Prescribe a patient's plan when the patient has no current plan")
    @APIResponse(responseCode = "201", description = "Prescribed")
    public Response prescribe(@Valid @NotNull PlanInput input, @Context UriInfo uri) {
        return created(service.prescribe(input), uri);
    }

    @GET
    @Operation(summary = "A patient's plans, newest first")
    public List<PlanSummary> history(@QueryParam("patientId") @NotNull Long patientId) {
        return service.history(patientId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A plan, with what changed from the version before it")
    public PlanWithChanges get(@PathParam("id") long id) {
        PlanService.WithChanges found = service.get(id);
        return new PlanWithChanges(found.plan(), found.changes());
    }

    @POST
    @Path("/{id}/revisions")
    @Operation(summary = "Revise the current plan: saves a new version and supersedes this one")
    @APIResponse(responseCode = "201", description = "Revised")
    public Response revise(@PathParam("id") long id, @Valid @NotNull PlanInput input, @Context UriInfo uri) {
        return created(service.revise(id, input), uri);
    }

    private static Response created(TreatmentPlan plan, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("api/v1/plans/{id}").build(plan.id))
                .entity(PlanView.of(plan)).build();
    }
}
