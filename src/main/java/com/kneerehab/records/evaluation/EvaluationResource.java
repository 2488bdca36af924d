package com.kneerehab.records.evaluation;

import com.kneerehab.records.platform.Problem;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.VersionInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/evaluations")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such patient or evaluation",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Out of order, signed, or edited elsewhere",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "Findings missing for the requested state",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EvaluationResource {

    @Inject
    EvaluationService service;

    @POST
    @Operation(summary = "Start an evaluation of a patient for a visit")
    @APIResponse(responseCode = "201", description = "Started; Location names the evaluation")
    public Response start(@Valid @NotNull NewEvaluationInput input, @Context UriInfo uri) {
        Evaluation evaluation = service.start(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(evaluation.id)).build())
                .entity(EvaluationView.of(evaluation, List.of())).build();
    }

    @GET
    @Operation(summary = "A patient's evaluations, newest visit first")
    public List<EvaluationSummary> history(@QueryParam("patientId") @NotNull Long patientId) {
        return service.history(patientId);
    }

    @GET
    @Path("/{id}")
    public EvaluationView get(@PathParam("id") long id) {
        return service.get(id).view();
    }

    @PUT
    @Path("/{id}/steps/ribcage")
    @Operation(summary = "Save step 1, ribcage alignment (draft, or complete with complete=true)")
    public EvaluationView ribcage(@PathParam("id") long id, @Valid @NotNull StepInputs.Ribcage input) {
        return saved(service.saveStep(id, input));
    }

    @PUT
    @Path("/{id}/steps/hip")
    @Operation(summary = "Save step 2, hip extension and rotation")
    public EvaluationView hip(@PathParam("id") long id, @Valid @NotNull StepInputs.Hip input) {
        return saved(service.saveStep(id, input));
    }

    @PUT
    @Path("/{id}/steps/foot-ankle")
    @Operation(summary = "Save step 3, foot and ankle")
    public EvaluationView footAnkle(@PathParam("id") long id, @Valid @NotNull StepInputs.FootAnkle input) {
        return saved(service.saveStep(id, input));
    }

    @PUT
    @Path("/{id}/steps/knee-axis")
    @Operation(summary = "Save step 4, knee axis")
    public EvaluationView kneeAxis(@PathParam("id") long id, @Valid @NotNull StepInputs.KneeAxis input) {
        return saved(service.saveStep(id, input));
    }

    @PUT
    @Path("/{id}/assessment")
    @Operation(summary = "Save symptoms, suspected pain sources and the working diagnosis")
    public EvaluationView assessment(@PathParam("id") long id, @Valid @NotNull AssessmentInput input) {
        return saved(service.saveAssessment(id, input));
    }

    @POST
    @Path("/{id}/signature")
    @Operation(summary = "Sign a complete evaluation; it is read-only afterwards")
    public EvaluationView sign(@PathParam("id") long id, @Valid @NotNull VersionInput input) {
        return saved(service.sign(id, input.version()));
    }

    @POST
    @Path("/{id}/addenda")
    @Operation(summary = "Add an addendum to a signed evaluation")
    @APIResponse(responseCode = "201", description = "Added")
    public Response addendum(@PathParam("id") long id, @Valid @NotNull AddendumInput input) {
        return Response.status(Response.Status.CREATED).entity(service.addAddendum(id, input).view()).build();
    }

    private EvaluationView saved(Evaluation evaluation) {
        // only drafts are saved through these operations, and drafts have no addenda
        return EvaluationView.of(evaluation, List.of());
    }
}
