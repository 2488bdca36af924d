package com.kneerehab.records.portal;

import com.kneerehab.records.platform.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Optional;

/** The language a signed-in patient chose on the portal's account page. */
@ApplicationScoped
public class PortalLanguage implements Language.Preference {

    @Inject
    PortalService portal;

    @Override
    public Optional<Locale> preferred() {
        return portal.preferredLanguage();
    }
}
