package com.kneerehab.records.audit;

import com.kneerehab.records.platform.Form;
import com.kneerehab.records.platform.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

/** The admin's view of the audit trail: browse with filters, and verify the chain. */
@Path("/admin/audit")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AuditPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance trail(AuditSearch.Page page, Form filter, AuditVerifier.Result verification,
                                             String nextQuery, AuditSealing.Backlog backlog, boolean stalled,
                                             AuditCheckpoints.Checkpoint checkpoint);
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
    public TemplateInstance trail(@jakarta.ws.rs.core.Context UriInfo uri) {
        Form form = Form.of(uri.getQueryParameters());
        AuditSearch.Filter filter = new AuditSearch.Filter(form.id("patient"), form.text("user"),
                form.text("action"), form.date("from"), form.date("to"), form.id("before"));
        AuditSearch.Page page = form.hasErrors() ? new AuditSearch.Page(java.util.List.of(), null) : search.search(filter);
        audit.success("audit.read", "audit", null, filter.patientId());
        return page(page, form, null, null);
    }

    @POST
    @Path("/verification")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance verify(MultivaluedMap<String, String> body) {
        AuditVerifier.Result result = verifier.verify();
        audit.record("audit.verify", "audit", result.firstBadId(), null,
                result.intact() ? AuditLog.Outcome.SUCCESS : AuditLog.Outcome.FAILED);
        Form form = Form.empty();
        AuditSearch.Page page = search.search(new AuditSearch.Filter(null, null, null, null, null, null));
        return page(page, form, result, null);
    }

    /** Signs the chain head now and writes the checkpoint to the log (and the checkpoint directory). */
    @POST
    @Path("/checkpoint")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance checkpoint(MultivaluedMap<String, String> body) {
        AuditCheckpoints.Checkpoint checkpoint = checkpoints.take();
        audit.success("audit.checkpoint", "audit", checkpoint.lastEntryId(), null);
        Form form = Form.empty();
        AuditSearch.Page page = search.search(new AuditSearch.Filter(null, null, null, null, null, null));
        return page(page, form, null, checkpoint);
    }

    private TemplateInstance page(AuditSearch.Page page, Form form, AuditVerifier.Result result,
                                  AuditCheckpoints.Checkpoint checkpoint) {
        AuditSealing.Backlog backlog = sealing.backlog();
        return Templates.trail(page, form, result, nextQuery(form, page), backlog, sealing.stalled(backlog), checkpoint);
    }

    private static String nextQuery(Form form, AuditSearch.Page page) {
        if (page.nextBefore() == null) {
            return null;
        }
        StringBuilder query = new StringBuilder("?before=").append(page.nextBefore());
        for (String name : new String[] {"patient", "user", "action", "from", "to"}) {
            String value = form.text(name);
            if (value != null) {
                query.append('&').append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }
}
