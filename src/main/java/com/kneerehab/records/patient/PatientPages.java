package com.kneerehab.records.patient;

import com.kneerehab.records.platform.Form;
import com.kneerehab.records.platform.FormSubmission;
import com.kneerehab.records.platform.Labelled;
import com.kneerehab.records.platform.Notices;
import com.kneerehab.records.platform.PageOf;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.Side;
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

/** The clinician's patient pages: find, register and edit. */
@Path("/clinic/patients")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.TEXT_HTML)
public class PatientPages {

    static final List<Labelled> SEXES = List.of(Patient.Sex.values());
    static final List<Labelled> SIDES = List.of(Side.values());
    static final List<Labelled> STATUSES = List.of(Patient.Status.values());

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageOf<PatientRow> patients, String q, String notice);

        static native TemplateInstance form(Patient patient, Form form, List<Labelled> sexes, List<Labelled> sides,
                                            List<Labelled> statuses);
    }

    @Inject
    PatientService service;

    @Inject
    FormSubmission submission;

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("page") Integer page,
                                 @QueryParam("notice") String notice) {
        String query = q == null ? "" : q.strip();
        if (query.length() > 100) {
            query = query.substring(0, 100);
        }
        return Templates.list(service.search(query, PageOf.clampPage(page), 25), query, Notices.text(notice));
    }

    @GET
    @Path("/new")
    public TemplateInstance registerForm() {
        return formPage(null, Form.empty());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        PatientInput input = read(form);
        return submission.handle(form, input, service::register,
                patient -> "/clinic/patients/" + patient.id + "?notice=patient-registered",
                () -> formPage(null, form));
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance editForm(@PathParam("id") long id) {
        Patient p = service.get(id);
        Form form = Form.empty().with("givenName", p.givenName).with("familyName", p.familyName)
                .with("dateOfBirth", p.dateOfBirth).with("sex", p.sex).with("phone", p.phone).with("email", p.email)
                .with("affectedSide", p.affectedSide).with("referralNotes", p.referralNotes)
                .with("status", p.status).with("version", p.version);
        ReferringPhysician r = p.referrer();
        form.with("referrer.name", r.name).with("referrer.practice", r.practice).with("referrer.address", r.address)
                .with("referrer.phone", r.phone).with("referrer.fax", r.fax).with("referrer.email", r.email);
        return formPage(p, form);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        PatientInput input = read(form);
        return submission.handle(form, input, in -> service.update(id, in),
                patient -> "/clinic/patients/" + id + "?notice=patient-saved",
                () -> formPage(service.require(id), form));
    }

    private TemplateInstance formPage(Patient patient, Form form) {
        return Templates.form(patient, form, SEXES, SIDES, STATUSES);
    }

    private static PatientInput read(Form form) {
        return new PatientInput(form.text("givenName"), form.text("familyName"), form.date("dateOfBirth"),
                form.choice("sex", Patient.Sex.class), form.text("phone"), form.text("email"),
                form.choice("affectedSide", Side.class), form.text("referralNotes"),
                form.choice("status", Patient.Status.class), form.integer("version"),
                new ReferrerInput(form.text("referrer.name"), form.text("referrer.practice"),
                        form.text("referrer.address"), form.text("referrer.phone"), form.text("referrer.fax"),
                        form.text("referrer.email")));
    }
}
