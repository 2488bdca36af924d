package com.kneerehab.records.report;

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

@Path("/api/v1/reports")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Progress reports")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not a clinician, or another clinician's draft",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such patient or report",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Signed, a draft already open, or edited elsewhere",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "Parts missing for signing, or a sending that cannot be",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReportResource {

    @Inject
    ReportService service;

    @GET
    @Operation(summary = "A patient's progress reports, newest first")
    public List<ReportSummary> list(@QueryParam("patientId") @NotNull Long patientId) {
        return service.list(patientId);
    }

    @GET
    @Path("/due")
    @Operation(summary = "Active patients whose progress report is due, with the day it fell due")
    public List<DueReport> due() {
        return service.dueList();
    }

    @POST
    @Operation(summary = "Draft a progress report from the patient's record")
    @APIResponse(responseCode = "201", description = "Drafted; Location names the report")
    public Response draft(@Valid @NotNull ReportInputs.Draft input, @Context UriInfo uri) {
        ProgressReport report = service.draft(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(report.id)).build())
                .entity(ReportView.of(service.get(report.id))).build();
    }

    @GET
    @Path("/{id}")
    public ReportView get(@PathParam("id") long id) {
        return ReportView.of(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Write the clinician's parts of a draft: reason for referral, assessment, plan from here")
    public ReportView save(@PathParam("id") long id, @Valid @NotNull ReportInputs.Texts input) {
        service.save(id, input);
        return ReportView.of(service.get(id));
    }

    @POST
    @Path("/{id}/redraft")
    @Operation(summary = "Draft the record parts again from the record as it is now")
    public ReportView redraft(@PathParam("id") long id, @Valid @NotNull ReportInputs.Version input) {
        service.redraft(id, input);
        return ReportView.of(service.get(id));
    }

    @POST
    @Path("/{id}/signature")
    @Operation(summary = "Sign the report; it is read-only afterwards")
    public ReportView sign(@PathParam("id") long id, @Valid @NotNull ReportInputs.Version input) {
        service.sign(id, input);
        return ReportView.of(service.get(id));
    }

    @POST
    @Path("/{id}/addenda")
    @Operation(summary = "Add an addendum to a signed report")
    public ReportView addAddendum(@PathParam("id") long id, @Valid @NotNull ReportInputs.Addendum input) {
        return ReportView.of(service.addAddendum(id, input));
    }

    @POST
    @Path("/{id}/sendings")
    @Operation(summary = "Record when, how and to whom a signed report was sent")
    public ReportView recordSending(@PathParam("id") long id, @Valid @NotNull ReportInputs.Sending input) {
        return ReportView.of(service.recordSending(id, input));
    }
}
