package com.kneerehab.records.episode;

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

@Path("/api/v1/episodes")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Episodes of care")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such patient or episode",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Already discharged, an episode is still open, or edited elsewhere",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "The discharge or the new episode breaks a rule",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EpisodeResource {

    @Inject
    EpisodeService service;

    @GET
    @Operation(summary = "A patient's episodes of care, newest first")
    public List<EpisodeView> history(@QueryParam("patientId") @NotNull Long patientId) {
        return service.history(patientId);
    }

    @GET
    @Path("/{id}")
    public EpisodeView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "Start a new episode of care for a discharged patient (a re-referral)")
    @APIResponse(responseCode = "201", description = "Started")
    public Response start(@Valid @NotNull NewEpisodeInput input, @Context UriInfo uri) {
        EpisodeView episode = service.startNew(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(episode.id())).build())
                .entity(episode).build();
    }

    @POST
    @Path("/{id}/discharge")
    @Operation(summary = "Discharge the patient: ends the episode and the current plan")
    public EpisodeView discharge(@PathParam("id") long id, @Valid @NotNull DischargeInput input) {
        return service.discharge(id, input);
    }
}
