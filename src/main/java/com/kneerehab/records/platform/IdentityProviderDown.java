package com.kneerehab.records.platform;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * When the sign-in service (Keycloak) cannot be reached, signing in cannot work: answer 503 with a clear
 * message instead of a bare server error, and keep answering once it is back.
 */
@ApplicationScoped
public class IdentityProviderDown {

    private static final Logger LOG = Logger.getLogger(IdentityProviderDown.class);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (context.response().headWritten() || !unavailable(context.failure())) {
            context.next();
            return;
        }
        LOG.warnf("Sign-in service unreachable while serving %s", context.request().path());
        boolean api = context.request().path().startsWith("/api/");
        PlatformMessages text = io.quarkus.qute.i18n.MessageBundles.get(PlatformMessages.class);
        String detail = text.signInUnavailable();
        String title = text.unavailableTitle();
        if (api) {
            context.response().setStatusCode(503).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":503,"
                            + "\"detail\":\"" + detail + "\"}");
        } else {
            context.response().setStatusCode(503).putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                    .end("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                            + "</title><link rel=\"stylesheet\" href=\"/webjars/picocss__pico/2.1.1/css/pico.min.css\">"
                            + "</head><body><main class=\"container\"><h1>" + title + "</h1><p>" + detail
                            + "</p><p><a href=\"/\">" + text.homeTitle() + "</a></p></main></body></html>");
        }
    }

    static boolean unavailable(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            String message = t.getMessage();
            if (t instanceof java.net.ConnectException
                    || (message != null && message.contains("OIDC Server is not available"))) {
                return true;
            }
        }
        return false;
    }
}
