package com.kneerehab.records.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The same progress-report journey signed in through the development sign-in page (the application's own OIDC
 * code flow without Keycloak): quick to run while working on the report pages.
 */
@QuarkusTest
@TestProfile(BrowserProfile.class)
class DevSignInProgressReportBrowserIT extends ProgressReportBrowserIT {

    @Override
    String signInClinician(Browser browser) {
        browser.signIn("clinician");
        return ((String) browser.script("return document.querySelector('header .who').textContent")).strip();
    }
}
