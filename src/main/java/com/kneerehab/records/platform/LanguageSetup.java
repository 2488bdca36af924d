package com.kneerehab.records.platform;

import io.quarkus.qute.EngineBuilder;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Locale;

/** Every page is rendered in the language of its request: message bundles, dates and numbers follow it. */
@ApplicationScoped
public class LanguageSetup {

    void renderInTheRequestsLanguage(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(instance -> instance.setLocale(Language.current()));
    }

    /**
     * An Accept-Language header that cannot be read asks for no language in particular: it is dropped
     * before the request is served, so the page comes in the default language instead of failing.
     */
    void ignoreUnreadableLanguageHeaders(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(context -> {
            String header = context.request().getHeader("Accept-Language");
            if (header != null) {
                try {
                    Locale.LanguageRange.parse(header);
                } catch (IllegalArgumentException unreadable) {
                    context.request().headers().remove("Accept-Language");
                }
            }
            context.next();
        });
    }
}
