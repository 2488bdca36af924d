package com.kneerehab.records.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Set;

/**
 * How a caller of {@code /api/} or {@code /fhir/} without valid credentials is answered: 401 with problem details and a
 * {@code WWW-Authenticate} challenge, never the redirect to the sign-in page that a person opening a page gets
 * from the OIDC mechanism (a program cannot fill in a sign-in form, and a 302 looks like success to it).
 * It signs nobody in itself: the OIDC mechanism still checks the session cookie or bearer token. A request
 * without any is answered by {@link #sendChallenge}, which comes before OIDC's; one whose cookie or token was
 * rejected has been challenged by OIDC itself (a redirect for a cookie), so {@link #install} rewrites that
 * answer on API paths before it is sent. Pages are left to OIDC.
 */
@ApplicationScoped
public class ApiChallenge implements HttpAuthenticationMechanism {

    static final String API_PREFIX = "/api/";
    /** The FHIR API's clients are programs too. */
    static final String FHIR_PREFIX = "/fhir/";
    static final String CHALLENGE = "Bearer realm=\"knee-rehab-records\"";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (isApi(context)) {
            return Uni.createFrom().item(new ChallengeData(401, HttpHeaderNames.WWW_AUTHENTICATE, CHALLENGE));
        }
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!isApi(context)) {
            return Uni.createFrom().item(false);
        }
        refuse(context);
        return Uni.createFrom().item(true);
    }

    /** Rejected credentials on an API path: the same 401 instead of whatever the OIDC challenge prepared. */
    void install(@Observes Router router) {
        for (String prefix : List.of(API_PREFIX, FHIR_PREFIX)) {
            router.route(prefix + "*").failureHandler(ApiChallenge::rewrite);
        }
    }

    private static void rewrite(RoutingContext context) {
        Throwable failure = context.failure();
        boolean authentication = failure instanceof AuthenticationFailedException
                || failure instanceof AuthenticationRedirectException
                || failure instanceof AuthenticationCompletionException;
        if (authentication && !context.response().ended()) {
            context.response().headers().remove(HttpHeaderNames.LOCATION);
            refuse(context);
        } else {
            context.next();
        }
    }

    private static void refuse(RoutingContext context) {
        var response = context.response();
        response.setStatusCode(401);
        response.headers()
                .set(HttpHeaderNames.WWW_AUTHENTICATE, CHALLENGE)
                .set(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        response.end(body(context.normalizedPath()));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    /** Ahead of the OIDC mechanism (default priority), so this one answers API callers first. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    static boolean isApi(RoutingContext context) {
        String path = context.normalizedPath();
        return path.startsWith(API_PREFIX) || path.startsWith(FHIR_PREFIX);
    }

    static String body(String path) {
        // the API answers in English; this runs before any request scope, so the bundle is asked directly
        PlatformMessages text = MessageBundles.get(PlatformMessages.class);
        Problem problem = new Problem("about:blank", text.status401Title(), 401, text.apiCredentialsRequired(), path,
                List.of());
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
