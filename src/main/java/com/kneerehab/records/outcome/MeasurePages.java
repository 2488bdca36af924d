package com.kneerehab.records.outcome;

import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientService;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Form;
import com.kneerehab.records.platform.FormSubmission;
import com.kneerehab.records.platform.Labelled;
import com.kneerehab.records.platform.Messages;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The clinician's side of the outcome measures: assign one to a patient for an occasion, open it to see every
 * submitted response with its answers, and enter the answers in the office on the patient's behalf.
 */
@Path("/clinic/measures")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.TEXT_HTML)
public class MeasurePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assign(Patient patient, Form form, List<Labelled> instruments,
                                              List<Labelled> occasions);

        static native TemplateInstance measure(Patient patient, MeasureView measure, FormView questions, Form form,
                                               List<Answered> responses, String notice);
    }

    /** A choice in the words of the page. */
    public record Choice(String name, String label) implements Labelled {
    }

    /** A submitted response with its answers as a clinician reads them. */
    public record Answered(MeasureView.ResponseView response, List<AnswerLine> answers) {
    }

    @Inject
    OutcomeService outcomes;

    @Inject
    PatientService patients;

    @Inject
    FormSubmission submission;

    @Inject
    Clock clock;

    @GET
    @Path("/new")
    public TemplateInstance assignForm(@QueryParam("patient") Long patientId) {
        Patient patient = patient(patientId);
        return Templates.assign(patient, Form.empty().with("patientId", patient.id)
                .with("dueDate", LocalDate.now(clock)), instruments(), occasions());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        Patient patient = patient(form.id("patientId"));
        AssignInput input = new AssignInput(patient.id, form.choice("instrument", Instrument.class),
                form.choice("occasion", Occasion.class), form.date("dueDate"));
        return submission.handle(form, input, outcomes::assign,
                view -> "/clinic/measures/" + view.measure().id() + "?notice=measure-assigned",
                () -> Templates.assign(patient, form, instruments(), occasions()));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance measure(@PathParam("id") long id, @QueryParam("notice") String notice) {
        MeasureView measure = outcomes.get(id);
        return page(measure, withDraft(measure), notice);
    }

    /** The clinician enters every answer at once, in the office, and submits them. */
    @POST
    @Path("/{id}/responses")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enter(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        MeasureView measure = outcomes.get(id);
        FormView questions = measure.form();
        Form form = Form.of(body);
        List<AnswersInput.Item> answers = new ArrayList<>();
        for (FormView.ItemView item : questions.items()) {
            Integer value = form.integer(item.key());
            String name = item.kind() == Questionnaire.Kind.NAMED_RATING ? form.text(item.nameField()) : null;
            if (value != null || name != null) {
                answers.add(new AnswersInput.Item(item.key(), value, name));
            }
        }
        if (form.hasErrors()) {
            return FormSubmission.again(422, () -> page(measure, form, null));
        }
        try {
            outcomes.submitOnBehalf(id, new AnswersInput(answers, null, null, null));
        } catch (DomainException e) {
            form.reject(e).renameErrors(f -> f.startsWith("answers.") ? f.substring("answers.".length()) : f);
            return FormSubmission.again(e.status(), () -> page(measure, form, null));
        }
        return Response.seeOther(java.net.URI.create("/clinic/measures/" + id + "?notice=measure-entered")).build();
    }

    private TemplateInstance page(MeasureView measure, Form form, String notice) {
        Patient patient = patients.require(measure.measure().patientId());
        List<Answered> responses = measure.responses().stream()
                .map(r -> new Answered(r, AnswerLine.of(measure.form(), r))).toList();
        return Templates.measure(patient, measure, measure.form(), form, responses, noticeText(notice));
    }

    /** The form for entering answers, holding what the patient has saved so far. */
    private static Form withDraft(MeasureView measure) {
        Form form = Form.empty();
        if (measure.draft() != null) {
            measure.draft().answers().forEach(a -> form.with(a.item(), a.value()).with(a.item() + "-name", a.text()));
        }
        return form;
    }

    private Patient patient(Long id) {
        if (id == null) {
            throw DomainException.notFound(Messages.get(OutcomeMessages.class).thePatient());
        }
        return patients.require(id);
    }

    static List<Labelled> instruments() {
        return Arrays.stream(Instrument.values()).<Labelled>map(i -> new Choice(i.name(),
                i.questionnaire().abbreviation() + " · " + OutcomeTemplateExtensions.title(i))).toList();
    }

    static List<Labelled> occasions() {
        return Arrays.stream(Occasion.values()).<Labelled>map(o -> new Choice(o.name(),
                OutcomeTemplateExtensions.label(o))).toList();
    }

    private static String noticeText(String code) {
        if (code == null) {
            return null;
        }
        OutcomeMessages text = Messages.get(OutcomeMessages.class);
        return Map.of("measure-assigned", text.noticeAssigned(), "measure-entered", text.noticeEntered()).get(code);
    }
}
