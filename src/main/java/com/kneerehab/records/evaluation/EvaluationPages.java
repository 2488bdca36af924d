package com.kneerehab.records.evaluation;

import com.kneerehab.records.evaluation.Choices.Diagnosis;
import com.kneerehab.records.evaluation.Choices.PainSource;
import com.kneerehab.records.evaluation.Choices.Symptom;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientService;
import com.kneerehab.records.platform.CurrentUser;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Form;
import com.kneerehab.records.platform.FormSubmission;
import com.kneerehab.records.platform.Labelled;
import com.kneerehab.records.platform.Notices;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The evaluation form: the four steps top-down, the assessment, signing and addenda. */
@Path("/clinic/evaluations")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.TEXT_HTML)
public class EvaluationPages {

    /**
     * Everything the evaluation page shows; {@code forms} holds each section's form by key (a step's by its
     * slug). Which steps are complete, which step blocks another and who may edit are the evaluation's answers.
     */
    public record EvaluationPage(EvaluationView evaluation, Evaluation record, Patient patient, boolean canEdit,
                                 Map<String, Form> forms, String notice) {

        public Form form(String key) {
            return forms.get(key);
        }

        /** The steps in the order the page shows them: the evaluation's top-down order. */
        public List<EvaluationStep> steps() {
            return List.of(EvaluationStep.values());
        }

        public boolean complete(EvaluationStep step) {
            return record.isComplete(step);
        }

        /** The step above this one that still needs completing, if any. */
        public EvaluationStep blockedBy(EvaluationStep step) {
            return record.blockedBy(step).orElse(null);
        }

        /** The choices of a step's field, as its input record types it. */
        public List<Labelled> options(EvaluationStep step, String field) {
            return StepInputs.choicesOf(step, field);
        }

        public List<Labelled> sides() { return List.of(Side.values()); }
        public List<Labelled> symptomChoices() { return List.of(Symptom.values()); }
        public List<Labelled> sourceChoices() { return List.of(PainSource.values()); }
        public List<Labelled> diagnoses() { return List.of(Diagnosis.values()); }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance evaluation(EvaluationPage page);

        static native TemplateInstance start(Patient patient, Form form);
    }

    @Inject
    EvaluationService service;

    @Inject
    PatientService patients;

    @Inject
    FormSubmission submission;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @GET
    @Path("/new")
    public TemplateInstance startForm(@QueryParam("patient") long patientId) {
        return Templates.start(patients.get(patientId), Form.empty().with("visitDate", LocalDate.now(clock)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        Long patientId = form.id("patientId");
        if (patientId == null) {
            throw DomainException.notFound("The patient");
        }
        NewEvaluationInput input = new NewEvaluationInput(patientId, form.date("visitDate"));
        return submission.handle(form, input, service::start,
                evaluation -> "/clinic/evaluations/" + evaluation.id + "?notice=evaluation-started",
                () -> Templates.start(patients.require(patientId), form));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance view(@PathParam("id") long id, @QueryParam("notice") String notice) {
        return page(service.get(id), Map.of(), Notices.text(notice));
    }

    @POST
    @Path("/{id}/steps/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveStep(@PathParam("id") long id, @PathParam("step") String slug,
                             MultivaluedMap<String, String> body) {
        EvaluationStep step = EvaluationStep.fromSlug(slug).orElseThrow(() -> DomainException.notFound("The step"));
        Form form = Form.of(body);
        StepInputs.StepInput input = StepInputs.read(step, form);
        return submission.handle(form, input, in -> service.saveStep(id, in),
                saved -> "/clinic/evaluations/" + id + "?notice="
                        + (Boolean.TRUE.equals(input.complete()) ? "step-completed" : "step-saved") + "#step-" + slug,
                () -> pageAgain(id, slug, form));
    }

    @POST
    @Path("/{id}/assessment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveAssessment(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        AssessmentInput input = new AssessmentInput(form.integer("version"), form.choices("symptoms", Symptom.class),
                form.choice("symptomSide", Side.class), form.integer("painScore"),
                form.choices("painSources", PainSource.class), form.choice("primarySource", PainSource.class),
                form.choice("diagnosis", Diagnosis.class), form.text("diagnosisOther"));
        return submission.handle(form, input, in -> service.saveAssessment(id, in),
                saved -> "/clinic/evaluations/" + id + "?notice=assessment-saved#assessment",
                () -> pageAgain(id, "assessment", form));
    }

    @POST
    @Path("/{id}/sign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sign(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        Integer version = form.integer("version");
        return submission.handle(form, version, v -> service.sign(id, v),
                saved -> "/clinic/evaluations/" + id + "?notice=evaluation-signed",
                () -> pageAgain(id, "sign", form));
    }

    @POST
    @Path("/{id}/addenda")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addAddendum(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        AddendumInput input = new AddendumInput(form.text("text"), form.text("reason"));
        return submission.handle(form, input, in -> service.addAddendum(id, in),
                saved -> "/clinic/evaluations/" + id + "?notice=addendum-added#addenda",
                () -> pageAgain(id, "addendum", form));
    }

    private TemplateInstance pageAgain(long id, String key, Form form) {
        return page(service.get(id), Map.of(key, form), null);
    }

    private TemplateInstance page(EvaluationService.Details details, Map<String, Form> submitted, String notice) {
        Evaluation e = details.evaluation();
        EvaluationView view = details.view();
        Map<String, Form> forms = new HashMap<>();
        for (EvaluationStep step : EvaluationStep.values()) {
            forms.put(step.slug(), StepInputs.formOf(e, step));
        }
        forms.put("assessment", Form.empty().withAll("symptoms", e.symptoms()).with("symptomSide", e.symptomSide)
                .with("painScore", e.painScore).withAll("painSources", e.painSources())
                .with("primarySource", e.primarySource).with("diagnosis", e.diagnosis)
                .with("diagnosisOther", e.diagnosisOther));
        forms.put("sign", Form.empty());
        forms.put("addendum", Form.empty());
        forms.values().forEach(form -> form.with("version", e.version));
        forms.putAll(submitted);
        return Templates.evaluation(new EvaluationPage(view, e, e.patient, e.isEditableBy(user.subject()), forms,
                notice));
    }
}
