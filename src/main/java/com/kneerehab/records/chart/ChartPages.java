package com.kneerehab.records.chart;

import com.kneerehab.records.platform.Notices;
import com.kneerehab.records.platform.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The clinician's view of one patient: the chart, and acknowledging the alerts shown on it. */
@Path("/clinic/patients")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.TEXT_HTML)
public class ChartPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance chart(PatientChart.Chart chart, String notice);
    }

    @Inject
    PatientChart charts;

    @GET
    @Path("/{id}")
    public TemplateInstance chart(@PathParam("id") long id, @QueryParam("notice") String notice) {
        return Templates.chart(charts.load(id), Notices.text(notice));
    }

    @POST
    @Path("/{id}/alerts/{alertId}/acknowledgement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(@PathParam("id") long id, @PathParam("alertId") long alertId) {
        charts.acknowledge(id, alertId);
        return Response.seeOther(URI.create("/clinic/patients/" + id + "?notice=alert-acknowledged")).build();
    }
}
