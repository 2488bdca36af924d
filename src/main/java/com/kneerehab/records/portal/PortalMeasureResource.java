package com.kneerehab.records.portal;

import com.kneerehab.records.outcome.AnswersInput;
import com.kneerehab.records.outcome.MeasureRow;
import com.kneerehab.records.outcome.MeasureView;
import com.kneerehab.records.outcome.OutcomeService;
import com.kneerehab.records.platform.Problem;
import com.kneerehab.records.platform.Roles;
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

/**
 * The signed-in patient's own outcome measures: list them, save answers as they go, submit. The patient is
 * always the caller's own record, through the account link.
 */
@Path("/api/v1/me/measures")
@RolesAllowed(Roles.PATIENT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Patient portal")
@APIResponse(responseCode = "403", description = "Not a patient, or the account is not linked to a record",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such measure among the caller's own",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Already submitted, or the answers in progress changed elsewhere",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "Answers missing or not allowed, each named; nothing saved",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PortalMeasureResource {

    @Inject
    PortalService portal;

    @Inject
    OutcomeService outcomes;

    @GET
    @Operation(summary = "My assigned measures, newest first")
    public List<MeasureRow> list() {
        return outcomes.own(mine());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of my measures: the questions, my answers so far and what I submitted")
    public MeasureView get(@PathParam("id") long id) {
        return outcomes.getOwn(mine(), id);
    }

    @PUT
    @Path("/{id}/draft")
    @Operation(summary = "Save my answers so far, to finish later")
    public MeasureView saveDraft(@PathParam("id") long id, @Valid @NotNull AnswersInput input) {
        return outcomes.saveDraft(mine(), id, input);
    }

    @POST
    @Path("/{id}/submission")
    @Operation(summary = "Submit my answers; they are scored and cannot be changed afterwards")
    @APIResponse(responseCode = "201", description = "Submitted and scored")
    public Response submit(@PathParam("id") long id, @Valid @NotNull AnswersInput input, @Context UriInfo uri) {
        MeasureView view = outcomes.submitOwn(mine(), id, input);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/me/measures/{id}").build(id)).entity(view)
                .build();
    }

    private long mine() {
        return portal.me().patient().id;
    }
}
