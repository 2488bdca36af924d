package com.kneerehab.records.portal;

import com.kneerehab.records.plan.PlanView;
import com.kneerehab.records.platform.PdfDocuments;
import com.kneerehab.records.platform.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The patient's printed documents, in their language: the exercise handout and the plan, both of the current
 * plan only. The patient comes from the caller's account, never from the address.
 */
@Path("/portal/documents")
@RolesAllowed(Roles.PATIENT)
@Produces({PdfDocuments.MEDIA_TYPE, MediaType.TEXT_HTML})
public class PortalDocuments {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance handout(PortalService.Me me, PlanView plan);

        static native TemplateInstance plan(PortalService.Me me, PlanView plan);
    }

    @Inject
    PortalService portal;

    @Inject
    PdfDocuments pdf;

    @GET
    @Path("/handout")
    public Response handout() {
        PlanView plan = portal.currentPlanDocument("portal.handout.download");
        PortalService.Me me = portal.me();
        return PdfDocuments.download(pdf.render(Templates.handout(me, plan)),
                "exercise-handout-plan-" + plan.planNumber() + ".pdf");
    }

    @GET
    @Path("/plan")
    public Response plan() {
        PlanView plan = portal.currentPlanDocument("portal.plan.download");
        PortalService.Me me = portal.me();
        return PdfDocuments.download(pdf.render(Templates.plan(me, plan)), "plan-" + plan.planNumber() + ".pdf");
    }
}
