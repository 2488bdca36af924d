package com.kneerehab.records.portal;

import com.kneerehab.records.episode.EpisodeView;
import com.kneerehab.records.outcome.AssignedMeasure;
import com.kneerehab.records.outcome.MeasureRow;
import com.kneerehab.records.outcome.OutcomeService;
import com.kneerehab.records.plan.PlanSummary;
import com.kneerehab.records.plan.PlanView;
import com.kneerehab.records.platform.Form;
import com.kneerehab.records.platform.FormSubmission;
import com.kneerehab.records.platform.Labelled;
import com.kneerehab.records.platform.Language;
import com.kneerehab.records.platform.Messages;
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

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The patient's portal: safety first, then the plan, session logging, progress and warning reports. */
@Path("/portal")
@RolesAllowed(Roles.PATIENT)
@Produces(MediaType.TEXT_HTML)
public class PortalPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PortalService.Me me, PlanView plan, EpisodeView discharge, String notice,
                                            List<MeasureRow> due);

        static native TemplateInstance plan(PortalService.Me me, PlanView plan, boolean print);

        static native TemplateInstance plans(PortalService.Me me, List<PlanSummary> plans);

        static native TemplateInstance session(PortalService.Me me, PlanView plan, Form form, EpisodeView discharge);

        static native TemplateInstance progress(PortalService.Me me, ProgressCharts progress, String notice);

        static native TemplateInstance safety(PortalService.Me me);

        static native TemplateInstance warning(PortalService.Me me, Form form, List<Labelled> symptoms);

        static native TemplateInstance guidance(PortalService.Me me, WarningReport report);

        static native TemplateInstance account(PortalService.Me me, Form form, List<Labelled> languages, String notice);
    }

    /** A choice in the words of the page's language. */
    record Choice(String name, String label) implements Labelled {
    }

    /** The warning symptoms, in the order and words of the safety stop-list. */
    static List<Labelled> symptoms() {
        PortalMessages text = Messages.get(PortalMessages.class);
        return Arrays.stream(WarningSymptom.values())
                .<Labelled>map(s -> new Choice(s.name(), text.symptom(s))).toList();
    }

    /** Each language named in itself, so a patient finds their own whatever the page is in. */
    static List<Labelled> languages() {
        PortalMessages text = Messages.get(PortalMessages.class);
        return List.of(new Choice(Language.ENGLISH.getLanguage(), text.languageEnglish()),
                new Choice(Language.SPANISH.getLanguage(), text.languageSpanish()));
    }

    @Inject
    PortalService portal;

    @Inject
    FormSubmission submission;

    @Inject
    Clock clock;

    @Inject
    OutcomeService outcomes;

    @GET
    public TemplateInstance home(@QueryParam("notice") String notice) {
        PortalService.Me me = portal.me();
        List<MeasureRow> due = outcomes.own(me.patient().id).stream()
                .filter(m -> m.status() == AssignedMeasure.Status.OPEN).toList();
        return Templates.home(me, portal.currentPlan().orElse(null), portal.discharge().orElse(null),
                Notices.text(notice), due);
    }

    @GET
    @Path("/plans")
    public TemplateInstance plans() {
        return Templates.plans(portal.me(), portal.plans());
    }

    @GET
    @Path("/plans/{id}")
    public TemplateInstance plan(@PathParam("id") long id) {
        return Templates.plan(portal.me(), portal.plan(id), false);
    }

    /** Only the current plan prints: an earlier one is history, and opens as such, clearly marked. */
    @GET
    @Path("/plans/{id}/print")
    public Response print(@PathParam("id") long id) {
        PlanView plan = portal.plan(id);
        if (!plan.current()) {
            return Response.seeOther(URI.create("/portal/plans/" + id)).build();
        }
        return Response.ok(Templates.plan(portal.me(), plan, true)).build();
    }

    @GET
    @Path("/safety")
    public TemplateInstance safety() {
        return Templates.safety(portal.me());
    }

    @GET
    @Path("/sessions/new")
    public TemplateInstance sessionForm() {
        PlanView plan = portal.currentPlan().orElse(null);
        Form form = Form.empty().with("submissionId", UUID.randomUUID()).with("sessionDate", LocalDate.now(clock));
        if (plan != null) {
            form.withIds("exercisesDone", plan.exercises().stream().map(PlanView.Item::exerciseId).toList());
        }
        return Templates.session(portal.me(), plan, form, portal.discharge().orElse(null));
    }

    @POST
    @Path("/sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logSession(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        Set<Long> done = new HashSet<>(form.ids("exercisesDone"));
        SessionInput input = new SessionInput(form.text("submissionId"), form.date("sessionDate"), done,
                form.integer("painBefore"), form.integer("painAfter"), form.text("note"));
        return submission.handle(form, input, portal::logSession, saved -> "/portal/progress?notice=session-logged",
                () -> Templates.session(portal.me(), portal.currentPlan().orElse(null), form,
                        portal.discharge().orElse(null)));
    }

    @GET
    @Path("/progress")
    public TemplateInstance progress(@QueryParam("notice") String notice) {
        return Templates.progress(portal.me(), portal.progressCharts(), Notices.text(notice));
    }

    @GET
    @Path("/warning")
    public TemplateInstance warningForm() {
        return Templates.warning(portal.me(), Form.empty().with("submissionId", UUID.randomUUID()), symptoms());
    }

    @POST
    @Path("/warning")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reportWarning(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        WarningInput input = new WarningInput(form.text("submissionId"), form.choice("symptom", WarningSymptom.class),
                form.text("details"));
        return submission.handle(form, input, portal::reportWarning, report -> "/portal/warning/" + report.id,
                () -> Templates.warning(portal.me(), form, symptoms()));
    }

    @GET
    @Path("/warning/{id}")
    public TemplateInstance guidance(@PathParam("id") long id) {
        return Templates.guidance(portal.me(), portal.warning(id));
    }

    @GET
    @Path("/account")
    public TemplateInstance account(@QueryParam("notice") String notice) {
        PortalService.Me me = portal.me();
        return Templates.account(me, Form.empty().with("language", me.account().preferredLanguage), languages(),
                Notices.text(notice));
    }

    /** Saves the patient's language, or clears it (the empty choice) to follow the browser again. */
    @POST
    @Path("/account/language")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response chooseLanguage(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        String chosen = form.text("language");
        if (chosen != null && Language.supported(chosen).isEmpty()) {
            form.reject("language", Messages.get(PortalMessages.class).chooseALanguage());
            return FormSubmission.again(422, () -> Templates.account(portal.me(), form, languages(), null));
        }
        portal.chooseLanguage(chosen);
        return Response.seeOther(URI.create("/portal/account?notice=language-saved")).build();
    }
}
