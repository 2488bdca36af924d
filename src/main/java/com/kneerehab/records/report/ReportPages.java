package com.kneerehab.records.report;

import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientService;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Form;
import com.kneerehab.records.platform.FormSubmission;
import com.kneerehab.records.platform.Labelled;
import com.kneerehab.records.platform.Notices;
import com.kneerehab.records.platform.PdfDocuments;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The clinician's progress reports: a patient's list, drafting, writing, signing, addenda, sendings, the PDF. */
@Path("/clinic/reports")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    static final List<Labelled> METHODS = List.of(ReportSending.Method.values());

    public record ReportPage(ReportService.Details d, Map<String, Form> forms, List<Labelled> methods, String notice) {
        public Form form(String name) {
            return forms.get(name);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Patient patient, List<ReportSummary> reports, Form form, String notice);

        static native TemplateInstance report(ReportPage page);

        static native TemplateInstance reportPdf(ReportService.Details d);
    }

    @Inject
    ReportService service;

    @Inject
    PatientService patients;

    @Inject
    FormSubmission submission;

    @Inject
    PdfDocuments pdf;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance list(@QueryParam("patient") Long patientId, @QueryParam("notice") String notice) {
        return listPage(requirePatient(patientId), Form.empty(), Notices.text(notice));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response draft(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        Long patientId = form.id("patientId");
        Patient patient = requirePatient(patientId);
        return submission.handle(form, new ReportInputs.Draft(patientId), service::draft,
                report -> "/clinic/reports/" + report.id + "?notice=report-drafted",
                () -> listPage(patient, form, null));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance view(@PathParam("id") long id, @QueryParam("notice") String notice) {
        return page(service.get(id), Map.of(), Notices.text(notice));
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        ReportInputs.Texts input = new ReportInputs.Texts(form.text("referralReason"), form.text("assessment"),
                form.text("nextSteps"), form.integer("version"));
        return submission.handle(form, input, in -> service.save(id, in),
                saved -> "/clinic/reports/" + id + "?notice=report-saved#yours",
                () -> pageAgain(id, "texts", form));
    }

    @POST
    @Path("/{id}/redraft")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response redraft(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return submission.handle(form, new ReportInputs.Version(form.integer("version")),
                in -> service.redraft(id, in),
                saved -> "/clinic/reports/" + id + "?notice=report-drafted",
                () -> pageAgain(id, "redraft", form));
    }

    @POST
    @Path("/{id}/sign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sign(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return submission.handle(form, new ReportInputs.Version(form.integer("version")), in -> service.sign(id, in),
                saved -> "/clinic/reports/" + id + "?notice=report-signed",
                () -> pageAgain(id, "sign", form));
    }

    @POST
    @Path("/{id}/addenda")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addAddendum(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        ReportInputs.Addendum input = new ReportInputs.Addendum(form.text("text"), form.text("reason"));
        return submission.handle(form, input, in -> service.addAddendum(id, in),
                saved -> "/clinic/reports/" + id + "?notice=addendum-added#addenda",
                () -> pageAgain(id, "addendum", form));
    }

    @POST
    @Path("/{id}/sendings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordSending(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        ReportInputs.Sending input = new ReportInputs.Sending(form.date("sentOn"),
                form.choice("method", ReportSending.Method.class), form.text("recipient"));
        return submission.handle(form, input, in -> service.recordSending(id, in),
                saved -> "/clinic/reports/" + id + "?notice=report-sent#sending",
                () -> pageAgain(id, "sending", form));
    }

    @GET
    @Path("/{id}/pdf")
    @Produces({PdfDocuments.MEDIA_TYPE, MediaType.TEXT_HTML})
    public Response download(@PathParam("id") long id) {
        ReportService.Details d = service.download(id);
        byte[] document = pdf.render(Templates.reportPdf(d));
        return PdfDocuments.download(document, "progress-report-" + d.patient().mrn + "-" + d.report().reportDate
                + ".pdf");
    }

    private Patient requirePatient(Long patientId) {
        if (patientId == null) {
            throw DomainException.notFound(ReportService.text().breadcrumbPatient());
        }
        return patients.require(patientId);
    }

    private TemplateInstance listPage(Patient patient, Form form, String notice) {
        return Templates.list(patient, service.list(patient.id), form, notice);
    }

    private TemplateInstance pageAgain(long id, String key, Form form) {
        return page(service.get(id), Map.of(key, form), null);
    }

    private TemplateInstance page(ReportService.Details d, Map<String, Form> submitted, String notice) {
        ProgressReport r = d.report();
        Map<String, Form> forms = new HashMap<>();
        forms.put("texts", Form.empty().with("referralReason", r.referralReason).with("assessment", r.assessment)
                .with("nextSteps", r.nextSteps));
        forms.put("redraft", Form.empty());
        forms.put("sign", Form.empty());
        forms.put("addendum", Form.empty());
        forms.put("sending", Form.empty().with("sentOn", LocalDate.now(clock)));
        forms.values().forEach(form -> form.with("version", r.version));
        forms.putAll(submitted);
        // what signing found missing is marked on the fields the clinician writes
        forms.get("sign").errors().forEach((field, message) -> forms.get("texts").reject(field, message));
        return Templates.report(new ReportPage(d, forms, METHODS, notice));
    }
}
