package com.kneerehab.records.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A form sent without a valid anti-forgery token (an expired page, a second tab after signing in again)
 * is refused by the CSRF filter with a bare 400. Nothing was saved; say so, and what to do, on the error
 * page for browsers and as problem details for other callers. Every other 400 of the application carries
 * its own explanation, so a 400 without a body is this refusal.
 */
public class FormRefusal {

    static final String TITLE = "The form could not be accepted";
    static final String DETAIL = "Nothing was saved. The page the form came from has expired or was opened before"
            + " you last signed in. Go back, reload the page and send the form again.";

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 400 || response.hasEntity() || !"POST".equals(request.getMethod())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (ErrorMapping.wantsHtml(path, request.getAcceptableMediaTypes())) {
            response.setEntity(ErrorMapping.Templates.error(400, TITLE, DETAIL).render(), null,
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        } else {
            response.setEntity(new Problem("about:blank", TITLE, 400, DETAIL, path, java.util.List.of()), null,
                    MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }
}
