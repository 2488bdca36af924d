package com.kneerehab.records.portal;

import ca.uhn.fhir.context.FhirContext;
import com.kneerehab.records.fhir.FhirFormat;
import com.kneerehab.records.fhir.FhirService;
import com.kneerehab.records.platform.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The patient's own copy of their record: the whole record as a FHIR R4 Bundle (the same as the FHIR API's
 * {@code Patient/[id]/$everything}) to download as a JSON file, and the same record as a page to read.
 * Both are audited reads of the patient's own record.
 */
@Path("/portal/record")
@RolesAllowed(Roles.PATIENT)
public class PortalRecordPages {

    static final String READ = "portal.record.read";
    static final String DOWNLOAD = "portal.record.download";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance record(PortalService.Me me, RecordView record);
    }

    @Inject
    PortalService portal;

    @Inject
    FhirService fhir;

    @Inject
    FhirContext context;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        PortalService.Me me = portal.me();
        return Templates.record(me, RecordView.of(own(me, READ)));
    }

    /** The Bundle as a file, whatever the browser says it accepts. */
    @GET
    @Path("/download")
    public Response download() {
        PortalService.Me me = portal.me();
        Bundle bundle = own(me, DOWNLOAD);
        FhirFormat json = new FhirFormat(false, true);
        return Response.ok(json.encode(context, bundle)).type(json.mediaType())
                .header("Content-Disposition", "attachment; filename=\"record-" + me.patient().mrn + ".json\"")
                .build();
    }

    private Bundle own(PortalService.Me me, String action) {
        String root = uri.getBaseUri().toString();
        return fhir.everything((root.endsWith("/") ? root : root + "/") + "fhir/r4", String.valueOf(me.patient().id),
                action);
    }
}
