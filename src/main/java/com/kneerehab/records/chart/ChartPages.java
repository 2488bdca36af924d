package com.kneerehab.records.chart;

import com.kneerehab.records.alert.AcknowledgementAction;
import com.kneerehab.records.alert.AcknowledgementInput;
import com.kneerehab.records.platform.Form;
import com.kneerehab.records.platform.FormSubmission;
import com.kneerehab.records.platform.Labelled;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The clinician's view of one patient: the chart, and acknowledging each warning report and alert on it,
 * one at a time, saying what was done.
 */
@Path("/clinic/patients")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.TEXT_HTML)
public class ChartPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance chart(PatientChart.Chart chart, String notice);

        static native TemplateInstance acknowledge(PatientChart.Item item, Form form, List<Labelled> actions);
    }

    @Inject
    PatientChart charts;

    @Inject
    FormSubmission submission;

    @GET
    @Path("/{id}")
    public TemplateInstance chart(@PathParam("id") long id, @QueryParam("notice") String notice) {
        return Templates.chart(charts.load(id), Notices.text(notice));
    }

    @GET
    @Path("/{id}/warnings/{reportId}/acknowledgement")
    public TemplateInstance warningForm(@PathParam("id") long id, @PathParam("reportId") long reportId) {
        return Templates.acknowledge(charts.warning(id, reportId), Form.empty(), actions());
    }

    @POST
    @Path("/{id}/warnings/{reportId}/acknowledgement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledgeWarning(@PathParam("id") long id, @PathParam("reportId") long reportId,
                                       MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return submission.handle(form, input(form), in -> {
                    charts.acknowledgeWarning(id, reportId, in);
                    return id;
                }, patient -> chartAfter(patient),
                () -> Templates.acknowledge(charts.warning(id, reportId), form, actions()));
    }

    @GET
    @Path("/{id}/alerts/{alertId}/acknowledgement")
    public TemplateInstance alertForm(@PathParam("id") long id, @PathParam("alertId") long alertId) {
        return Templates.acknowledge(charts.alert(id, alertId), Form.empty(), actions());
    }

    @POST
    @Path("/{id}/alerts/{alertId}/acknowledgement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledgeAlert(@PathParam("id") long id, @PathParam("alertId") long alertId,
                                     MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return submission.handle(form, input(form), in -> {
                    charts.acknowledgeAlert(id, alertId, in);
                    return id;
                }, patient -> chartAfter(patient),
                () -> Templates.acknowledge(charts.alert(id, alertId), form, actions()));
    }

    private static AcknowledgementInput input(Form form) {
        return new AcknowledgementInput(form.choice("action", AcknowledgementAction.class), form.text("note"));
    }

    private static String chartAfter(long patientId) {
        return "/clinic/patients/" + patientId + "?notice=alert-acknowledged#attention";
    }

    private static List<Labelled> actions() {
        return List.of(AcknowledgementAction.values());
    }
}
