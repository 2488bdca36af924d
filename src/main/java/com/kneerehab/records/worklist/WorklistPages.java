package com.kneerehab.records.worklist;

import com.kneerehab.records.platform.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The clinician's home page: who needs attention, most urgent first. */
@Path("/clinic/worklist")
@RolesAllowed(Roles.CLINICIAN)
@Produces(MediaType.TEXT_HTML)
public class WorklistPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance worklist(Worklist.Page page);
    }

    @Inject
    Worklist worklist;

    @GET
    public TemplateInstance worklist() {
        return Templates.worklist(worklist.load());
    }
}
