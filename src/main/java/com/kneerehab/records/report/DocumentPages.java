package com.kneerehab.records.report;

import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.plan.PlanView;
import com.kneerehab.records.platform.PdfDocuments;
import com.kneerehab.records.platform.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A plan's printed documents for the clinician: the patient's exercise handout and the plan itself, from the
 * same templates the patient's portal prints them with. Each download is an audited read of the plan.
 */
@Path("/clinic/documents")
@RolesAllowed(Roles.CLINICIAN)
@Produces({PdfDocuments.MEDIA_TYPE, MediaType.TEXT_HTML})
public class DocumentPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance handout(Patient patient, PlanView plan);

        static native TemplateInstance plan(Patient patient, PlanView plan);
    }

    @Inject
    PrintedPlans plans;

    @Inject
    PdfDocuments pdf;

    @GET
    @Path("/plans/{id}/handout")
    public Response handout(@PathParam("id") long id) {
        PrintedPlans.Printed printed = plans.load(id, "plan.handout.download");
        return PdfDocuments.download(pdf.render(Templates.handout(printed.patient(), printed.plan())),
                    "exercise-handout-" + printed.patient().mrn + "-plan-" + printed.plan().planNumber() + ".pdf");
    }

    @GET
    @Path("/plans/{id}/plan")
    public Response plan(@PathParam("id") long id) {
        PrintedPlans.Printed printed = plans.load(id, "plan.download");
        return PdfDocuments.download(pdf.render(Templates.plan(printed.patient(), printed.plan())),
                "plan-" + printed.patient().mrn + "-" + printed.plan().planNumber() + ".pdf");
    }
}
