package com.kneerehab.records.exercise;

import com.kneerehab.records.platform.VersionInput;
import com.kneerehab.records.platform.PageOf;
import com.kneerehab.records.platform.Problem;
import com.kneerehab.records.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/api/v1/exercises")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Exercise library")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Edited elsewhere",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ExerciseResource {

    @Inject
    ExerciseService service;

    @GET
    public PageOf<ExerciseView> library(@QueryParam("includeRetired") boolean includeRetired,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageOf<Exercise> found = service.library(includeRetired, PageOf.clampPage(page), PageOf.clampSize(size, 50));
        return new PageOf<>(found.items().stream().map(ExerciseView::of).toList(), found.page(), found.size(),
                found.total());
    }

    @GET
    @Path("/{id}")
    public ExerciseView get(@PathParam("id") long id) {
        return ExerciseView.of(service.get(id));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Added to the library")
    public Response create(@Valid @NotNull ExerciseInput input, @Context UriInfo uri) {
        Exercise exercise = service.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(exercise.id)).build())
                .entity(ExerciseView.of(exercise)).build();
    }

    @PUT
    @Path("/{id}")
    public ExerciseView update(@PathParam("id") long id, @Valid @NotNull ExerciseInput input) {
        return ExerciseView.of(service.update(id, input));
    }

    @PUT
    @Path("/{id}/retirement")
    @Operation(summary = "Retire an exercise: it stays on existing plans but cannot be prescribed again")
    public ExerciseView retire(@PathParam("id") long id, @Valid @NotNull VersionInput input) {
        return ExerciseView.of(service.setRetired(id, true, input.version()));
    }

    @DELETE
    @Path("/{id}/retirement")
    @Operation(summary = "Bring a retired exercise back into the library")
    public ExerciseView reinstate(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return ExerciseView.of(service.setRetired(id, false, version));
    }
}
