package com.kneerehab.records.exercise;

import com.kneerehab.records.platform.Form;
import com.kneerehab.records.platform.FormSubmission;
import com.kneerehab.records.platform.Notices;
import com.kneerehab.records.platform.PageOf;
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

/** The exercise library pages: browse, add, edit, retire and reinstate. */
@Path("/clinic/exercises")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.TEXT_HTML)
public class ExercisePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageOf<Exercise> exercises, boolean includeRetired, String notice);

        static native TemplateInstance form(Exercise exercise, Form form);
    }

    @Inject
    ExerciseService service;

    @Inject
    FormSubmission submission;

    @GET
    public TemplateInstance list(@QueryParam("retired") boolean includeRetired, @QueryParam("page") Integer page,
                                 @QueryParam("notice") String notice) {
        return Templates.list(service.library(includeRetired, PageOf.clampPage(page), 50), includeRetired,
                Notices.text(notice));
    }

    @GET
    @Path("/new")
    public TemplateInstance createForm() {
        return Templates.form(null, Form.empty().with("sets", 3).with("repetitions", 10).with("holdSeconds", 0)
                .with("sessionsPerDay", 1).with("sessionsPerWeek", 5).with("durationWeeks", 6));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return submission.handle(form, read(form), service::create,
                saved -> "/clinic/exercises?notice=exercise-saved", () -> Templates.form(null, withDosageNames(form)));
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance editForm(@PathParam("id") long id) {
        Exercise e = service.get(id);
        Form form = Form.empty().with("name", e.name).with("purpose", e.purpose).with("targets", e.targets)
                .with("instructions", e.instructions).with("sets", e.defaultDosage.sets)
                .with("repetitions", e.defaultDosage.repetitions).with("holdSeconds", e.defaultDosage.holdSeconds)
                .with("sessionsPerDay", e.defaultDosage.sessionsPerDay)
                .with("sessionsPerWeek", e.defaultDosage.sessionsPerWeek)
                .with("durationWeeks", e.defaultDosage.durationWeeks).with("imageUrl", e.imageUrl)
                .with("version", e.version);
        return Templates.form(e, form);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return submission.handle(form, read(form), in -> service.update(id, in),
                saved -> "/clinic/exercises?notice=exercise-saved", () -> Templates.form(service.get(id), withDosageNames(form)));
    }

    @POST
    @Path("/{id}/retirement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retirement(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        boolean retire = form.flag("retire");
        return submission.handle(form, form.integer("version"), v -> service.setRetired(id, retire, v),
                saved -> "/clinic/exercises?retired=true&notice=" + (retire ? "exercise-retired" : "exercise-reinstated"),
                () -> Templates.form(service.get(id), form));
    }

    private static Form withDosageNames(Form form) {
        return form.renameErrors(field -> field.replace("defaultDosage.", ""));
    }

    private static ExerciseInput read(Form form) {
        DosageInput dosage = new DosageInput(form.integer("sets"), form.integer("repetitions"),
                form.integer("holdSeconds"), form.integer("sessionsPerDay"), form.integer("sessionsPerWeek"),
                form.integer("durationWeeks"));
        return new ExerciseInput(form.text("name"), form.text("purpose"), form.text("targets"),
                form.text("instructions"), dosage, form.text("imageUrl"), form.integer("version"));
    }
}
