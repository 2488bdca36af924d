package com.kneerehab.records.evaluation;

import com.kneerehab.records.evaluation.Choices.Diagnosis;
import com.kneerehab.records.evaluation.Choices.FootPosture;
import com.kneerehab.records.evaluation.Choices.HipMotion;
import com.kneerehab.records.evaluation.Choices.KneecapTracking;
import com.kneerehab.records.evaluation.Choices.MidfootMobility;
import com.kneerehab.records.evaluation.Choices.PainSource;
import com.kneerehab.records.evaluation.Choices.RibcageAlignment;
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

    /** Everything the evaluation page shows; {@code forms} holds each section's form by key. */
    public record EvaluationPage(EvaluationView evaluation, Patient patient, boolean canEdit,
                                 Map<String, Form> forms, String notice) {

        public Form form(String key) {
            return forms.get(key);
        }

        public List<EvaluationStep> steps() {
            return List.of(EvaluationStep.values());
        }

        public boolean complete(EvaluationStep step) {
            return switch (step) {
                case RIBCAGE -> evaluation.ribcage().complete();
                case HIP -> evaluation.hip().complete();
                case FOOT_ANKLE -> evaluation.footAnkle().complete();
                case KNEE_AXIS -> evaluation.kneeAxis().complete();
            };
        }

        /** The step above this one that still needs completing, if any. */
        public EvaluationStep blockedBy(EvaluationStep step) {
            for (EvaluationStep above : EvaluationStep.values()) {
                if (above.isAbove(step) && !complete(above)) {
                    return above;
                }
            }
            return null;
        }

        public List<Labelled> alignments() { return List.of(RibcageAlignment.values()); }
        public List<Labelled> sides() { return List.of(Side.values()); }
        public List<Labelled> hipMotions() { return List.of(HipMotion.values()); }
        public List<Labelled> midfootMobilities() { return List.of(MidfootMobility.values()); }
        public List<Labelled> footPostures() { return List.of(FootPosture.values()); }
        public List<Labelled> trackings() { return List.of(KneecapTracking.values()); }
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
        StepInputs.StepInput input = readStep(step, form);
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
        forms.put("ribcage", Form.empty().with("alignment", e.ribcage.alignment).with("side", e.ribcage.side)
                .with("notes", e.ribcage.notes));
        forms.put("hip", Form.empty().with("extensionLeft", e.hip.extensionLeft)
                .with("extensionRight", e.hip.extensionRight)
                .with("internalRotationLeft", e.hip.internalRotationLeft)
                .with("internalRotationRight", e.hip.internalRotationRight)
                .with("externalRotationLeft", e.hip.externalRotationLeft)
                .with("externalRotationRight", e.hip.externalRotationRight)
                .with("motion", e.hip.motion).with("notes", e.hip.notes));
        forms.put("foot-ankle", Form.empty().with("dorsiflexionLeft", e.footAnkle.dorsiflexionLeft)
                .with("dorsiflexionRight", e.footAnkle.dorsiflexionRight)
                .with("midfootMobility", e.footAnkle.midfootMobility).with("footPosture", e.footAnkle.footPosture)
                .with("notes", e.footAnkle.notes));
        forms.put("knee-axis", Form.empty().with("offAxis", e.kneeAxis.offAxis).with("tracking", e.kneeAxis.tracking)
                .with("manualTherapy", e.kneeAxis.manualTherapy).with("notes", e.kneeAxis.notes));
        forms.put("assessment", Form.empty().withAll("symptoms", e.symptoms()).with("symptomSide", e.symptomSide)
                .with("painScore", e.painScore).withAll("painSources", e.painSources())
                .with("primarySource", e.primarySource).with("diagnosis", e.diagnosis)
                .with("diagnosisOther", e.diagnosisOther));
        forms.put("sign", Form.empty());
        forms.put("addendum", Form.empty());
        forms.values().forEach(form -> form.with("version", e.version));
        forms.putAll(submitted);
        boolean canEdit = !e.isSigned() && e.clinicianSubject.equals(user.subject());
        return Templates.evaluation(new EvaluationPage(view, e.patient, canEdit, forms, notice));
    }

    private static StepInputs.StepInput readStep(EvaluationStep step, Form form) {
        Integer version = form.integer("version");
        Boolean complete = form.flag("complete");
        return switch (step) {
            case RIBCAGE -> new StepInputs.Ribcage(version, complete,
                    form.choice("alignment", RibcageAlignment.class), form.choice("side", Side.class),
                    form.text("notes"));
            case HIP -> new StepInputs.Hip(version, complete, form.integer("extensionLeft"),
                    form.integer("extensionRight"), form.integer("internalRotationLeft"),
                    form.integer("internalRotationRight"), form.integer("externalRotationLeft"),
                    form.integer("externalRotationRight"), form.choice("motion", HipMotion.class),
                    form.text("notes"));
            case FOOT_ANKLE -> new StepInputs.FootAnkle(version, complete, form.integer("dorsiflexionLeft"),
                    form.integer("dorsiflexionRight"), form.choice("midfootMobility", MidfootMobility.class),
                    form.choice("footPosture", FootPosture.class), form.text("notes"));
            case KNEE_AXIS -> new StepInputs.KneeAxis(version, complete, form.bool("offAxis"),
                    form.choice("tracking", KneecapTracking.class), form.bool("manualTherapy"), form.text("notes"));
        };
    }
}
