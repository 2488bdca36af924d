package com.kneerehab.records.plan;

import com.kneerehab.records.episode.EpisodeService;
import com.kneerehab.records.evaluation.EvaluationSummary;
import com.kneerehab.records.exercise.DosageInput;
import com.kneerehab.records.exercise.Exercise;
import com.kneerehab.records.exercise.ExerciseService;
import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientService;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Form;
import com.kneerehab.records.platform.FormSubmission;
import com.kneerehab.records.platform.Notices;
import com.kneerehab.records.platform.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prescribing and revising plans. A revision starts from a copy of the current plan: every prescribed
 * exercise and its dosage is already filled in, so the clinician changes only what changes.
 */
@Path("/clinic/plans")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.TEXT_HTML)
public class PlanPages {

    private static final Pattern ITEM_FIELD = Pattern.compile("exercises\\[(\\d+)]\\.(?:dosage\\.)?(\\w+)");
    static final int LIBRARY_SHOWN = 200;

    public record PlanForm(Patient patient, PlanView current, List<EvaluationSummary> signedEvaluations,
                           List<Exercise> library, Form form) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(PlanForm page);

        static native TemplateInstance plan(PlanView plan, Patient patient, List<String> changes, String notice);
    }

    @Inject
    PlanService service;

    @Inject
    PatientService patients;

    @Inject
    ExerciseService exercises;

    @Inject
    FormSubmission submission;

    @Inject
    EpisodeService episodes;

    @Inject
    Clock clock;

    @GET
    @Path("/new")
    public TemplateInstance planForm(@QueryParam("patient") long patientId) {
        Patient patient = patients.get(patientId);
        Optional<PlanView> current = service.current(patientId);
        List<EvaluationSummary> signed = service.signedEvaluationsFor(patientId);
        Form form = Form.empty();
        if (current.isPresent()) {
            PlanView plan = current.get();
            form.with("revises", plan.id()).with("version", plan.version()).with("evaluationId", plan.evaluationId())
                    .with("startDate", LocalDate.now(clock)).with("reviewDate", plan.reviewDate())
                    .with("goals", plan.goals());
            for (PlanView.Item item : plan.exercises()) {
                form.with("include-" + item.exerciseId(), "true").with("position-" + item.exerciseId(), item.position());
                fillDosage(form, item.exerciseId(), item.dosage());
                form.with("notes-" + item.exerciseId(), item.notes());
            }
        } else {
            form.with("startDate", LocalDate.now(clock)).with("reviewDate", LocalDate.now(clock).plusWeeks(6));
            if (!signed.isEmpty()) {
                form.with("evaluationId", signed.get(0).id());
            }
        }
        if (current.isEmpty() && episodes.isDischarged(patientId)) {
            // said before the clinician fills the form in, not after
            form.reject(DomainException.conflict(MessageBundles.get(PlanMessages.class).patientDischarged()));
        }
        List<Exercise> library = exercises.inUse(LIBRARY_SHOWN);
        for (Exercise exercise : library) {
            if (form.value("sets-" + exercise.id).isEmpty()) {
                fillDosage(form, exercise.id, DosageInput.of(exercise.defaultDosage));
            }
        }
        return Templates.form(new PlanForm(patient, current.orElse(null), signed, library, form));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        Long patientId = form.id("patientId");
        if (patientId == null) {
            throw DomainException.notFound(MessageBundles.get(PlanMessages.class).thePatient());
        }
        List<Exercise> library = exercises.inUse(LIBRARY_SHOWN);
        List<Long> chosen = chosenInOrder(form, library);
        List<PlanInput.Item> items = new ArrayList<>();
        for (Long id : chosen) {
            items.add(new PlanInput.Item(id, new DosageInput(form.integer("sets-" + id),
                    form.integer("repetitions-" + id), form.integer("holdSeconds-" + id),
                    form.integer("sessionsPerDay-" + id), form.integer("sessionsPerWeek-" + id),
                    form.integer("durationWeeks-" + id)), form.text("notes-" + id)));
        }
        Long revises = form.id("revises");
        PlanInput input = new PlanInput(patientId, form.id("evaluationId"), form.date("startDate"), form.date("reviewDate"),
                form.text("goals"), items, form.integer("version"));
        return submission.handle(form, input,
                in -> revises == null ? service.prescribe(in) : service.revise(revises, in),
                plan -> "/clinic/plans/" + plan.id + "?notice=" + (revises == null ? "plan-prescribed" : "plan-revised"),
                () -> {
                    form.renameErrors(field -> formField(field, chosen));
                    Patient patient = patients.require(patientId);
                    return Templates.form(new PlanForm(patient, service.current(patientId).orElse(null),
                            service.signedEvaluationsFor(patientId), library, form));
                });
    }

    @GET
    @Path("/{id}")
    public TemplateInstance plan(@PathParam("id") long id, @QueryParam("notice") String notice) {
        PlanService.WithChanges found = service.get(id);
        return Templates.plan(found.plan(), patients.require(found.plan().patientId()), found.changes(),
                Notices.text(notice));
    }

    /** The ticked exercises, ordered by the position the clinician typed, then by library order. */
    private static List<Long> chosenInOrder(Form form, List<Exercise> library) {
        List<Exercise> ticked = new ArrayList<>(library.stream().filter(e -> form.flag("include-" + e.id)).toList());
        ticked.sort(Comparator.comparing((Exercise e) -> {
            Integer position = form.integer("position-" + e.id);
            return position == null ? Integer.MAX_VALUE : position;
        }));
        return ticked.stream().map(e -> e.id).toList();
    }

    /** "exercises[1].dosage.sets" becomes "sets-7" when the second chosen exercise has id 7. */
    private static String formField(String field, List<Long> chosen) {
        Matcher m = ITEM_FIELD.matcher(field);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            String name = m.group(2).equals("exerciseId") ? "include" : m.group(2);
            return index < chosen.size() ? name + "-" + chosen.get(index) : field;
        }
        return field;
    }

    private static void fillDosage(Form form, Long exerciseId, DosageInput dosage) {
        form.with("sets-" + exerciseId, dosage.sets()).with("repetitions-" + exerciseId, dosage.repetitions())
                .with("holdSeconds-" + exerciseId, dosage.holdSeconds())
                .with("sessionsPerDay-" + exerciseId, dosage.sessionsPerDay())
                .with("sessionsPerWeek-" + exerciseId, dosage.sessionsPerWeek())
                .with("durationWeeks-" + exerciseId, dosage.durationWeeks());
    }

    /** Form field names are per exercise: {@code e.field('sets')} is "sets-7" for exercise 7. */
    @io.quarkus.qute.TemplateExtension
    static String field(Exercise exercise, String name) {
        return name + "-" + exercise.id;
    }
}
