package com.kneerehab.records.audit;

import com.kneerehab.records.platform.Text;
import com.kneerehab.records.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/audit")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
public class AuditResource {

    public record EntryView(Long id, Instant occurredAt, String subject, String role, String action, String recordType,
                            Long recordId, Long patientId, String outcome, String clientAddress) {
        static EntryView of(AuditEntry e) {
            return new EntryView(e.id, e.occurredAt, e.subject, e.role, e.action, e.recordType, e.recordId,
                    e.patientId, e.outcome, e.clientAddress);
        }
    }

    public record EntriesPage(List<EntryView> entries, Long nextBefore) {
    }

    @Inject
    AuditSearch search;

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditLog audit;

    @Inject
    AuditSealing sealing;

    @Inject
    AuditCheckpoints checkpoints;

    @GET
    @Operation(summary = "Audit entries, newest first; pass nextBefore as before for the next page")
    public EntriesPage entries(@QueryParam("patientId") Long patientId, @QueryParam("user") String user,
                               @QueryParam("action") String action, @QueryParam("from") LocalDate from,
                               @QueryParam("to") LocalDate to, @QueryParam("before") Long before) {
        AuditSearch.Page page = search.search(new AuditSearch.Filter(patientId, Text.orNull(user), Text.orNull(action), from, to,
                before));
        audit.success("audit.read", "audit", null, patientId);
        return new EntriesPage(page.entries().stream().map(EntryView::of).toList(), page.nextBefore());
    }

    @POST
    @Path("/verification")
    @Operation(summary = "Check the whole hash chain; names the first entry that does not hold")
    public AuditVerifier.Result verify() {
        AuditVerifier.Result result = verifier.verify();
        audit.record("audit.verify", "audit", result.firstBadId(), null,
                result.intact() ? AuditLog.Outcome.SUCCESS : AuditLog.Outcome.FAILED);
        return result;
    }

    @GET
    @Path("/backlog")
    @Operation(summary = "Committed entries not yet sealed into the chain, and how long the oldest has waited")
    public AuditSealing.Backlog backlog() {
        return sealing.backlog();
    }

    @POST
    @Path("/checkpoints")
    @Operation(summary = "Sign the chain head now; the checkpoint is written to the log and the checkpoint directory")
    public AuditCheckpoints.Checkpoint checkpoint() {
        AuditCheckpoints.Checkpoint checkpoint = checkpoints.take();
        audit.success("audit.checkpoint", "audit", checkpoint.lastEntryId(), null);
        return checkpoint;
    }

}
