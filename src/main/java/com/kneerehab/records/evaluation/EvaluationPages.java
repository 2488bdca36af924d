package com.kneerehab.records.evaluation;

import com.kneerehab.records.account.AccountView;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evaluation page: the four steps top-down in one form (kept as drafts as they are typed, or with the
 * form's buttons without JavaScript), the assessment, signing, addenda, and the draft's hand-over and
 * discarding, or a signed evaluation's marking as entered in error.
 */
@Path("/clinic/evaluations")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.TEXT_HTML)
public class EvaluationPages {

    /**
     * Everything the evaluation page shows; {@code forms} holds each section's form by key ("steps" for the
     * four steps). Which steps are complete, which step blocks another and who may edit are the evaluation's
     * answers. {@code editor} is the token this drawing of the page saves with.
     */
    public record EvaluationPage(EvaluationView evaluation, Evaluation record, Patient patient, boolean canEdit,
                                 Map<String, Form> forms, String notice, String editor, List<Handover> handovers,
                                 List<AccountView> candidates) {

        public Form form(String key) {
            return forms.get(key);
        }

        /** The steps in the order the page shows them: the evaluation's top-down order. */
        public List<EvaluationStep> steps() {
            return List.of(EvaluationStep.values());
        }

        /** A step's fields, as its findings class declares them. */
        public List<StepFields.StepField> fields(EvaluationStep step) {
            return StepFields.of(step);
        }

        public boolean complete(EvaluationStep step) {
            return record.isComplete(step);
        }

        /** The step above this one that still needs completing, if any. */
        public EvaluationStep blockedBy(EvaluationStep step) {
            return record.blockedBy(step).orElse(null);
        }

        /** The step to work on now: the first one not complete, or null when all are. */
        public EvaluationStep currentStep() {
            return record.currentStep();
        }

        /** What the step's own findings still need before it can be completed. */
        public List<String> missing(EvaluationStep step) {
            return new ArrayList<>(record.findings(step).missingForCompletion().values());
        }

        public boolean draft() {
            return !record.isSigned() && !record.isDiscarded();
        }

        public boolean sealHolds() {
            return record.sealHolds();
        }

        public Instant updatedAt() {
            return record.updatedAt;
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

        static native TemplateInstance history(Patient patient, List<EvaluationSummary> evaluations);

        /** The answer to a save made as the clinician types: the step status, the new versions. */
        static native TemplateInstance saved(EvaluationPage page, String problem);
    }

    private static final Map<String, Function<EvaluationMessages, String>> NOTICES = Map.of(
            "steps-saved", EvaluationMessages::noticeStepsSaved,
            "handed-over", EvaluationMessages::noticeHandedOver,
            "discarded", EvaluationMessages::noticeDiscarded,
            "entered-in-error", EvaluationMessages::noticeEnteredInError);

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
            throw DomainException.notFound(Choices.text().thePatient());
        }
        NewEvaluationInput input = new NewEvaluationInput(patientId, form.date("visitDate"));
        return submission.handle(form, input, service::start,
                evaluation -> "/clinic/evaluations/" + evaluation.id + "?notice=evaluation-started",
                () -> Templates.start(patients.require(patientId), form));
    }

    /** Every evaluation of a patient but discarded drafts, those entered in error marked. */
    @GET
    public TemplateInstance history(@QueryParam("patient") long patientId) {
        List<EvaluationSummary> evaluations = service.history(patientId);
        return Templates.history(patients.require(patientId), evaluations);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance view(@PathParam("id") long id, @QueryParam("notice") String notice) {
        return page(service.get(id), Map.of(), noticeText(notice));
    }

    /**
     * The page's one form of all four steps. Every step is saved as a draft; {@code complete} names the step
     * to complete afterwards, if any. From the page's script (header {@code HX-Request}) the answer is the
     * step status with the new version; from a plain form post it is the usual redirect or the page again.
     */
    @POST
    @Path("/{id}/steps")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSteps(@PathParam("id") long id, @HeaderParam("HX-Request") String htmx,
                              MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        Integer version = form.integer("version");
        String completeSlug = form.text("complete");
        EvaluationStep complete = completeSlug == null ? null : EvaluationStep.fromSlug(completeSlug)
                .orElseThrow(() -> DomainException.notFound(Choices.text().theStep()));
        List<StepInputs.StepInput> steps = new ArrayList<>();
        for (EvaluationStep step : EvaluationStep.values()) {
            steps.add(StepInputs.readFromPage(step, form, version));
        }
        StepsInput input = new StepsInput(version, form.text("editor"), steps, complete);
        if ("true".equals(htmx)) {
            return savedAsTyped(id, form, input);
        }
        return submission.handle(form, input, in -> service.saveSteps(id, in),
                saved -> "/clinic/evaluations/" + id + "?notice="
                        + (complete == null ? "steps-saved#step-status" : "step-completed#step-" + complete.slug()),
                () -> pageAgain(id, "steps", stepErrorsNamedAsOnPage(form)));
    }

    private Response savedAsTyped(long id, Form form, StepsInput input) {
        Supplier<TemplateInstance> answer = () -> {
            stepErrorsNamedAsOnPage(form);
            return Templates.saved(statusPage(id, form.text("editor")), problem(form));
        };
        Response invalid = submission.validate(form, input, answer);
        if (invalid != null) {
            return invalid;
        }
        try {
            service.saveSteps(id, input);
            return Response.ok(answer.get()).build();
        } catch (DomainException e) {
            form.reject(e);
            return FormSubmission.again(e.status(), answer);
        }
    }

    /** The first thing wrong with a refused save, to show beside the save state; null when it was saved. */
    private static String problem(Form form) {
        if (!form.hasErrors()) {
            return null;
        }
        if (form.message() != null) {
            return form.message();
        }
        Map.Entry<String, String> first = form.errors().entrySet().iterator().next();
        return labelOf(first.getKey()) + ": " + first.getValue();
    }

    private static String labelOf(String inputName) {
        for (EvaluationStep step : EvaluationStep.values()) {
            for (StepFields.StepField field : StepFields.of(step)) {
                if (field.inputName().equals(inputName)) {
                    return field.label();
                }
            }
        }
        return inputName;
    }

    private static final Pattern STEP_ERROR = Pattern.compile("steps\\[(\\d+)]\\.(.+)");

    /** Field messages of the validated input ({@code steps[1].extensionLeft}) under the page's names. */
    private static Form stepErrorsNamedAsOnPage(Form form) {
        return form.renameErrors(name -> {
            Matcher m = STEP_ERROR.matcher(name);
            return m.matches() ? EvaluationStep.values()[Integer.parseInt(m.group(1))].slug() + "." + m.group(2) : name;
        });
    }

    /** One step's own form: the fields by their own names. Kept for posts of a single step. */
    @POST
    @Path("/{id}/steps/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveStep(@PathParam("id") long id, @PathParam("step") String slug,
                             MultivaluedMap<String, String> body) {
        EvaluationStep step = EvaluationStep.fromSlug(slug).orElseThrow(() -> DomainException.notFound(Choices.text().theStep()));
        Form form = Form.of(body);
        StepInputs.StepInput input = StepInputs.read(step, form);
        return submission.handle(form, input, in -> service.saveStep(id, in),
                saved -> "/clinic/evaluations/" + id + "?notice="
                        + (input.asksToComplete() ? "step-completed" : "step-saved") + "#step-" + slug,
                () -> pageAgain(id, "steps", prefixed(id, step, form)));
    }

    /**
     * A single step's refused form shown in the page's form of all steps: the other steps as saved, this
     * step as posted, its messages under the page's names.
     */
    private Form prefixed(long id, EvaluationStep step, Form single) {
        Evaluation e = service.require(id);
        Form steps = Form.empty();
        for (EvaluationStep other : EvaluationStep.values()) {
            if (other != step) {
                StepFields.formOf(e, other, steps);
            }
        }
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        for (StepFields.StepField field : StepFields.of(step)) {
            steps.with(field.inputName(), single.text(field.name()));
            if (single.hasError(field.name())) {
                errors.put(field.inputName(), single.error(field.name()));
            }
        }
        steps.with("version", single.value("version"));
        return steps.reject(new DomainException(422, "", single.message(), errors));
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

    @POST
    @Path("/{id}/handover")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response handOver(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        HandOverInput input = new HandOverInput(form.integer("version"), form.text("to"), form.text("note"));
        return submission.handle(form, input, in -> service.handOver(id, in),
                saved -> "/clinic/evaluations/" + id + "?notice=handed-over",
                () -> pageAgain(id, "handover", form));
    }

    @POST
    @Path("/{id}/discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response discard(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        ReasonInput input = new ReasonInput(form.integer("version"), form.text("reason"));
        return submission.handle(form, input, in -> service.discard(id, in),
                saved -> "/clinic/evaluations/" + id + "?notice=discarded",
                () -> pageAgain(id, "discard", form));
    }

    @POST
    @Path("/{id}/entered-in-error")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markEnteredInError(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        ReasonInput input = new ReasonInput(form.integer("version"), form.text("reason"));
        return submission.handle(form, input, in -> service.markEnteredInError(id, in),
                saved -> "/clinic/evaluations/" + id + "?notice=entered-in-error",
                () -> pageAgain(id, "error", form));
    }

    private static String noticeText(String code) {
        String text = Notices.text(code);
        if (text != null || code == null) {
            return text;
        }
        Function<EvaluationMessages, String> own = NOTICES.get(code);
        return own == null ? null : own.apply(Choices.text());
    }

    private TemplateInstance pageAgain(long id, String key, Form form) {
        return page(service.get(id), Map.of(key, form), null);
    }

    /** The page model for the answer to a save as typed: the evaluation as saved, no audit line of its own. */
    private EvaluationPage statusPage(long id, String editor) {
        Evaluation e = service.require(id);
        return new EvaluationPage(EvaluationView.of(e, List.of()), e, e.patient, e.isEditableBy(user.subject()),
                Map.of(), null, editor, List.of(), List.of());
    }

    private TemplateInstance page(EvaluationService.Details details, Map<String, Form> submitted, String notice) {
        Evaluation e = details.evaluation();
        EvaluationView view = details.view();
        boolean canEdit = e.isEditableBy(user.subject());
        Map<String, Form> forms = new HashMap<>();
        Form steps = Form.empty();
        for (EvaluationStep step : EvaluationStep.values()) {
            StepFields.formOf(e, step, steps);
        }
        forms.put("steps", steps);
        forms.put("assessment", Form.empty().withAll("symptoms", e.symptoms()).with("symptomSide", e.symptomSide)
                .with("painScore", e.painScore).withAll("painSources", e.painSources())
                .with("primarySource", e.primarySource).with("diagnosis", e.diagnosis)
                .with("diagnosisOther", e.diagnosisOther));
        for (String key : List.of("sign", "addendum", "handover", "discard", "error")) {
            forms.put(key, Form.empty());
        }
        forms.values().forEach(form -> form.with("version", e.version));
        forms.putAll(submitted);
        String editor = UUID.randomUUID().toString();
        return Templates.evaluation(new EvaluationPage(view, e, e.patient, canEdit, forms, notice, editor,
                service.handovers(e.id), canEdit ? service.handOverCandidates() : List.of()));
    }
}
