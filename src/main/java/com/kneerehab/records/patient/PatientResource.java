package com.kneerehab.records.patient;

import com.kneerehab.records.platform.PageOf;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/patients")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Patients")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not a clinician",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PatientResource {

    @Inject
    PatientService service;

    @GET
    public PageOf<PatientRow> search(@QueryParam("q") String query, @QueryParam("page") Integer page,
                                     @QueryParam("size") Integer size) {
        return service.search(query, PageOf.clampPage(page), PageOf.clampSize(size, 25));
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "404", description = "No such patient",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PatientView get(@PathParam("id") long id) {
        return PatientView.of(service.get(id));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Registered; Location names the new record")
    public Response register(@Valid @NotNull PatientInput input, @jakarta.ws.rs.core.Context UriInfo uri) {
        Patient patient = service.register(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(patient.id)).build())
                .entity(PatientView.of(patient)).build();
    }

    @PUT
    @Path("/{id}")
    @APIResponse(responseCode = "409", description = "Edited elsewhere since it was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PatientView update(@PathParam("id") long id, @Valid @NotNull PatientInput input) {
        return PatientView.of(service.update(id, input));
    }
}
