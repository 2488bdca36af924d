package com.kneerehab.records.portal;

import com.kneerehab.records.outcome.AnswerLine;
import com.kneerehab.records.outcome.AnswersInput;
import com.kneerehab.records.outcome.AssignedMeasure;
import com.kneerehab.records.outcome.FormView;
import com.kneerehab.records.outcome.MeasureResponse;
import com.kneerehab.records.outcome.MeasureRow;
import com.kneerehab.records.outcome.MeasureView;
import com.kneerehab.records.outcome.OutcomeMessages;
import com.kneerehab.records.outcome.OutcomeService;
import com.kneerehab.records.outcome.OutcomeTemplateExtensions;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Form;
import com.kneerehab.records.platform.FormSubmission;
import com.kneerehab.records.platform.Language;
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

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The patient's questionnaires: which are due, and each one a few questions a page. Every page saves its
 * answers as they go, so a patient who stops comes back to where they were; the last page submits them.
 * A page with an answer that cannot be read or is not allowed comes back with what was typed and a message
 * at each question, and nothing of that page is saved.
 */
@Path("/portal/measures")
@RolesAllowed(Roles.PATIENT)
@Produces(MediaType.TEXT_HTML)
public class PortalMeasurePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance measures(PortalService.Me me, List<MeasureRow> due, List<MeasureRow> done,
                                                String notice);

        static native TemplateInstance questionnaire(PortalService.Me me, MeasureView measure, FormView questions,
                                                     QuestionnaireSteps.Step step, Form form, String wording,
                                                     boolean translated);

        static native TemplateInstance answered(PortalService.Me me, MeasureView measure, FormView form,
                                                List<AnswerLine> answers);
    }

    /** What the buttons at the foot of a page ask for. */
    enum Action { NEXT, BACK, LATER, SUBMIT }

    @Inject
    PortalService portal;

    @Inject
    OutcomeService outcomes;

    @GET
    public TemplateInstance list(@QueryParam("notice") String notice) {
        PortalService.Me me = portal.me();
        List<MeasureRow> rows = outcomes.own(me.patient().id);
        return Templates.measures(me, rows.stream().filter(r -> r.status() == AssignedMeasure.Status.OPEN).toList(),
                rows.stream().filter(r -> r.status() != AssignedMeasure.Status.OPEN).toList(), noticeText(notice));
    }

    /** A page of the questionnaire: the one asked for, else where the patient stopped. */
    @GET
    @Path("/{id}")
    public TemplateInstance questionnaire(@PathParam("id") long id, @QueryParam("page") Integer page) {
        PortalService.Me me = portal.me();
        MeasureView measure = outcomes.getOwn(me.patient().id, id);
        FormView form = formOf(measure);
        if (measure.measure().status() != AssignedMeasure.Status.OPEN) {
            MeasureView.ResponseView current = measure.responses().stream()
                    .filter(r -> r.status() == MeasureResponse.Status.SUBMITTED).findFirst().orElse(null);
            return Templates.answered(me, measure, form, AnswerLine.of(form, current));
        }
        QuestionnaireSteps.Step step = page == null ? QuestionnaireSteps.resume(form, measure.draft())
                : QuestionnaireSteps.page(form, page);
        return page(me, measure, form, step, filled(measure.draft()));
    }

    @POST
    @Path("/{id}/answers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        PortalService.Me me = portal.me();
        long mine = me.patient().id;
        MeasureView measure = outcomes.getOwn(mine, id);
        FormView form = formOf(measure);
        Form typed = Form.of(body);
        QuestionnaireSteps.Step step = QuestionnaireSteps.page(form, pageNumber(typed.text("page")));
        Action action = java.util.Arrays.stream(Action.values()).filter(a -> a.name().equals(typed.text("action")))
                .findFirst().orElse(Action.NEXT);
        if (measure.measure().status() != AssignedMeasure.Status.OPEN) {
            // already submitted: nothing is changed, the answers sent stay as they were
            return Response.seeOther(URI.create("/portal/measures/" + id)).build();
        }
        AnswersInput input = new AnswersInput(readPage(step, typed), null, null, null);
        if (typed.hasErrors()) {
            return FormSubmission.again(422, () -> page(me, measure, form, step, typed));
        }
        try {
            outcomes.savePage(mine, id, step.itemKeys(), input);
        } catch (DomainException e) {
            typed.reject(e).renameErrors(PortalMeasurePages::fieldOf);
            return FormSubmission.again(e.status(), () -> page(me, measure, form, step, typed));
        }
        return switch (action) {
            case BACK -> seeOther("/portal/measures/" + id + "?page=" + Math.max(1, step.number() - 1));
            case LATER -> seeOther("/portal/measures?notice=measure-saved");
            case NEXT -> step.isLast() ? seeOther("/portal/measures/" + id + "?page=" + step.number())
                    : seeOther("/portal/measures/" + id + "?page=" + (step.number() + 1));
            case SUBMIT -> submit(me, id, form);
        };
    }

    /** Submits what is saved; if a question is still open, its page is shown with a message at each one. */
    private Response submit(PortalService.Me me, long id, FormView form) {
        try {
            outcomes.submitSaved(me.patient().id, id);
            return seeOther("/portal/measures?notice=measure-submitted");
        } catch (DomainException e) {
            MeasureView now = outcomes.getOwn(me.patient().id, id);
            Form again = filled(now.draft())
                    .reject(e.fieldErrors().isEmpty() ? e
                            : DomainException.invalid(Messages.get(PortalMessages.class).measureStillOpen(), e.fieldErrors()))
                    .renameErrors(PortalMeasurePages::fieldOf);
            QuestionnaireSteps.Step step = QuestionnaireSteps.pageOf(form, again.errors().keySet());
            return FormSubmission.again(e.status(), () -> page(me, now, form, step, again));
        }
    }

    private TemplateInstance page(PortalService.Me me, MeasureView measure, FormView form,
                                  QuestionnaireSteps.Step step, Form answers) {
        String wording = OutcomeTemplateExtensions.wordingLanguage(measure.measure().instrument());
        return Templates.questionnaire(me, measure, form, step, answers, wording,
                wording.equals(Language.current().getLanguage()));
    }

    /** The questionnaire in the words of the page's language, where a validated translation exists. */
    private static FormView formOf(MeasureView measure) {
        return FormView.of(measure.measure().instrument(), Messages.get(OutcomeMessages.class));
    }

    /** The answers given on one page, as typed: a number for a choice or rating, and a PSFS activity's name. */
    static List<AnswersInput.Item> readPage(QuestionnaireSteps.Step step, Form typed) {
        List<AnswersInput.Item> answers = new ArrayList<>();
        for (QuestionnaireSteps.Question question : step.questions()) {
            for (FormView.ItemView item : question.items()) {
                Integer value = typed.integer(item.key());
                String name = QuestionnaireSteps.isNumber(item) ? typed.text(item.key() + "-name") : null;
                if (value != null || name != null) {
                    answers.add(new AnswersInput.Item(item.key(), value, name));
                }
            }
        }
        return answers;
    }

    /** A form holding the answers saved so far. */
    static Form filled(MeasureView.ResponseView draft) {
        Form form = Form.empty();
        if (draft != null) {
            for (MeasureView.AnswerView answer : draft.answers()) {
                form.with(answer.item(), answer.value()).with(answer.item() + "-name", answer.text());
            }
        }
        return form;
    }

    /** A refusal names "answers.q3" (the API's field); the page's field is "q3". */
    static String fieldOf(String field) {
        return field.startsWith("answers.") ? field.substring("answers.".length()) : field;
    }

    private static int pageNumber(String value) {
        try {
            return value == null ? 1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    private static String noticeText(String code) {
        if (code == null) {
            return null;
        }
        PortalMessages text = Messages.get(PortalMessages.class);
        return Map.of("measure-saved", text.measureSavedNotice(), "measure-submitted", text.measureSubmittedNotice())
                .get(code);
    }
}
