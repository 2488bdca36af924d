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

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 400 || response.hasEntity() || !"POST".equals(request.getMethod())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        PlatformMessages text = Messages.get(PlatformMessages.class);
        String title = text.formRefusedTitle();
        String detail = text.formRefused();
        if (ErrorMapping.wantsHtml(path, request.getAcceptableMediaTypes())) {
            response.setEntity(ErrorMapping.Templates.error(400, title, detail).render(), null,
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        } else {
            response.setEntity(new Problem("about:blank", title, 400, detail, path, java.util.List.of()), null,
                    MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }
}
