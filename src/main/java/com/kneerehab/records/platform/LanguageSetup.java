package com.kneerehab.records.platform;

import io.quarkus.qute.EngineBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Every page is rendered in the language of its request: message bundles, dates and numbers follow it. */
@ApplicationScoped
public class LanguageSetup {

    void renderInTheRequestsLanguage(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(instance -> instance.setLocale(Language.current()));
    }
}
