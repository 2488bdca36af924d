package com.kneerehab.records.platform;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The landing page: who is signed in, with which role, and where that role works. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(boolean signedIn, String name, String role);
    }

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance home() {
        return Templates.home(!user.isAnonymous(), user.displayName(), user.role());
    }

    /**
     * Signing in is handled by OIDC before this runs; afterwards a clinician lands on the worklist and everyone
     * else on the home page.
     */
    @GET
    @Path("login")
    public Response login() {
        return Response.seeOther(URI.create(user.hasRole(Roles.CLINICIAN) ? "/clinic/worklist" : "/")).build();
    }
}
