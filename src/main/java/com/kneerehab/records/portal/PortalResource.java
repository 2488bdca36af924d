package com.kneerehab.records.portal;

import com.kneerehab.records.plan.PlanSummary;
import com.kneerehab.records.plan.PlanView;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Messages;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The signed-in patient's own records. There is no patient id in any address: it is always "me". */
@Path("/api/v1/me")
@RolesAllowed(Roles.PATIENT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Patient portal")
@APIResponse(responseCode = "403", description = "Not a patient, or the account is not linked to a record",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such record among the caller's own",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PortalResource {

    public record SessionView(Long id, LocalDate sessionDate, String exercisesDone, int painBefore, int painAfter,
                              String note, Instant createdAt) {
        static SessionView of(SessionLog s) {
            return new SessionView(s.id, s.sessionDate, s.exercisesDone, s.painBefore, s.painAfter, s.note,
                    s.createdAt);
        }
    }

    public record WarningView(Long id, WarningSymptom symptom, String details, Instant createdAt) {
        static WarningView of(WarningReport w) {
            return new WarningView(w.id, w.symptom, w.details, w.createdAt);
        }
    }

    @Inject
    PortalService portal;

    @GET
    @Path("/plan")
    @Operation(summary = "My current plan")
    public PlanView currentPlan() {
        return portal.currentPlan().orElseThrow(() -> DomainException.notFound(Messages.get(PortalMessages.class).aCurrentPlan()));
    }

    @GET
    @Path("/plans")
    public List<PlanSummary> plans() {
        return portal.plans();
    }

    @GET
    @Path("/plans/{id}")
    public PlanView plan(@PathParam("id") long id) {
        return portal.plan(id);
    }

    @GET
    @Path("/sessions")
    public List<SessionView> sessions() {
        return portal.sessions().stream().map(SessionView::of).toList();
    }

    @GET
    @Path("/sessions/{id}")
    public SessionView session(@PathParam("id") long id) {
        return SessionView.of(portal.session(id));
    }

    @POST
    @Path("/sessions")
    @Operation(summary = "Log a session; sending the same submissionId again returns the session already logged")
    @APIResponse(responseCode = "201", description = "Logged (or already logged with this submissionId)")
    public Response logSession(@Valid @NotNull SessionInput input, @Context UriInfo uri) {
        SessionLog log = portal.logSession(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(log.id)).build())
                .entity(SessionView.of(log)).build();
    }

    @GET
    @Path("/progress")
    public Progress progress() {
        return portal.progress();
    }

    @POST
    @Path("/warnings")
    @Operation(summary = "Report a warning symptom: flags me for my clinicians")
    @APIResponse(responseCode = "201", description = "Reported")
    public Response reportWarning(@Valid @NotNull WarningInput input, @Context UriInfo uri) {
        WarningReport report = portal.reportWarning(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(report.id)).build())
                .entity(WarningView.of(report)).build();
    }

    @GET
    @Path("/warnings/{id}")
    public WarningView warning(@PathParam("id") long id) {
        return WarningView.of(portal.warning(id));
    }
}
