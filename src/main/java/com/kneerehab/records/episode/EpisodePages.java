package com.kneerehab.records.episode;

import com.kneerehab.records.patient.Patient;
import com.kneerehab.records.patient.PatientService;
import com.kneerehab.records.platform.Form;
import com.kneerehab.records.platform.FormSubmission;
import com.kneerehab.records.platform.Labelled;
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
import java.util.List;

/**
 * A patient's episodes of care: the list, the discharge form while an episode is open, and the form for a
 * re-referral once the patient is discharged.
 */
@Path("/clinic/episodes")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.TEXT_HTML)
public class EpisodePages {

    static final List<Labelled> REASONS = List.of(DischargeReason.values());

    public record Page(Patient patient, List<EpisodeView> episodes, EpisodeView latest, Form discharge,
                       Form reReferral, List<Labelled> reasons) {

        /** The number a re-referral's episode will get. */
        public int nextNumber() {
            return latest == null ? 1 : latest.number() + 1;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance episodes(Page page);
    }

    @Inject
    EpisodeService service;

    @Inject
    PatientService patients;

    @Inject
    FormSubmission submission;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance episodes(@QueryParam("patient") long patientId) {
        return page(patientId, null, null);
    }

    @POST
    @Path("/{id}/discharge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response discharge(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        DischargeInput input = new DischargeInput(form.date("dischargedOn"), form.choice("reason", DischargeReason.class),
                form.text("reasonOther"), form.text("note"), form.integer("version"));
        return submission.handle(form, input, in -> service.discharge(id, in),
                episode -> "/clinic/patients/" + episode.patientId() + "?notice=patient-discharged",
                () -> page(service.get(id).patientId(), form, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        Long patientId = form.id("patientId");
        NewEpisodeInput input = new NewEpisodeInput(patientId, form.date("startedOn"), form.text("referralNotes"));
        return submission.handle(form, input, service::startNew,
                episode -> "/clinic/patients/" + episode.patientId() + "?notice=episode-started",
                () -> page(patientId == null ? 0 : patientId, null, form));
    }

    private TemplateInstance page(long patientId, Form discharge, Form reReferral) {
        Patient patient = patients.get(patientId);
        List<EpisodeView> episodes = service.history(patientId);
        EpisodeView latest = episodes.isEmpty() ? null : episodes.get(0);
        LocalDate today = LocalDate.now(clock);
        if (discharge == null) {
            discharge = Form.empty().with("dischargedOn", today).with("version", latest == null ? null : latest.version());
        }
        if (reReferral == null) {
            reReferral = Form.empty().with("startedOn", today);
        }
        return Templates.episodes(new Page(patient, episodes, latest, discharge, reReferral, REASONS));
    }
}
