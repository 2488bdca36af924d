package com.kneerehab.records.e2e;

import org.openqa.selenium.By;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Signs a person in through Keycloak's own pages, as they would: the application's /login sends the browser
 * to Keycloak, which asks for the user name and password, then for whatever the realm requires next: enrol
 * an authenticator (staff, first time), a one-time code (staff), a new password (temporary passwords).
 * Secrets of authenticators enrolled here are remembered for the user's later sign-ins.
 */
final class KeycloakSignIn {

    /** The Keycloak pages a sign-in went through, in order. */
    enum Page { PASSWORD, ENROL_OTP, OTP, UPDATE_PASSWORD }

    private static final By USERNAME = By.id("username");
    private static final By ENROL = By.id("kc-totp-settings-form");
    private static final By OTP = By.id("kc-otp-login-form");
    private static final By NEW_PASSWORD = By.id("kc-passwd-update-form");
    private static final By ERROR = By.cssSelector(".kc-feedback-text, [id^=input-error]");

    private static final Map<String, byte[]> SECRETS = new ConcurrentHashMap<>();
    /** Codes cannot be used twice (the realm's policy), so the last time step used per user is kept. */
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private KeycloakSignIn() {
    }

    static List<Page> signIn(Browser browser, KeycloakServer.User user) {
        return signIn(browser, user.username(), user.password(), null);
    }

    /**
     * Signs in from the application's /login and answers every page Keycloak shows until the browser is
     * back on the application; a new password is given when Keycloak asks for one.
     */
    static List<Page> signIn(Browser browser, String username, String password, String newPassword) {
        submitPassword(browser, username, password);
        List<Page> seen = new ArrayList<>(List.of(Page.PASSWORD));
        seen.addAll(finish(browser, username, newPassword));
        return seen;
    }

    /** Answers the pages Keycloak shows after the password until the browser is back on the application. */
    static List<Page> finish(Browser browser, String username, String newPassword) {
        List<Page> seen = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            awaitNextPage(browser);
            if (onApplication(browser)) {
                return seen;
            }
            if (browser.shows(ENROL)) {
                seen.add(Page.ENROL_OTP);
                enrol(browser, username);
            } else if (browser.shows(OTP)) {
                seen.add(Page.OTP);
                giveCode(browser, username);
            } else if (browser.shows(NEW_PASSWORD)) {
                seen.add(Page.UPDATE_PASSWORD);
                if (newPassword == null) {
                    fail("Keycloak asks " + username + " for a new password, which this sign-in did not expect");
                }
                browser.type(By.id("password-new"), newPassword);
                browser.type(By.id("password-confirm"), newPassword);
                browser.submit(By.id("kc-submit"));
            } else {
                fail("Signing in " + username + " stopped at " + browser.url() + ": " + message(browser));
            }
        }
        fail("Signing in " + username + " did not return to the application; pages: " + seen);
        return seen;
    }

    /** Opens the application's /login and submits the user name and password on Keycloak's page. */
    static void submitPassword(Browser browser, String username, String password) {
        browser.visit(browser.base() + "/login");
        browser.await(d -> !d.findElements(USERNAME).isEmpty());
        assertFalse(onApplication(browser), "/login must lead to Keycloak's sign-in page");
        browser.type(USERNAME, username);
        browser.type(By.id("password"), password);
        browser.submit(By.id("kc-login"));
    }

    /** Waits for the next page after a submit: the application, or a Keycloak page with a form or a message. */
    static void awaitNextPage(Browser browser) {
        browser.await(d -> onApplication(browser) || !d.findElements(ENROL).isEmpty() || !d.findElements(OTP).isEmpty()
                || !d.findElements(NEW_PASSWORD).isEmpty() || !d.findElements(ERROR).isEmpty());
    }

    static boolean onApplication(Browser browser) {
        return browser.url().startsWith(browser.base() + "/");
    }

    /** The error or notice Keycloak shows on its page, if any. */
    static String message(Browser browser) {
        return browser.all(ERROR).stream().map(e -> e.getText().strip()).filter(t -> !t.isEmpty())
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    /**
     * Enrols an authenticator on Keycloak's set-up page: "Unable to scan?" shows the secret as text, from
     * which the test computes the current code, as an authenticator app would.
     */
    private static void enrol(Browser browser, String username) {
        browser.find(By.id("mode-manual")).click();
        String shown = browser.text(By.id("kc-totp-secret-key"));
        byte[] secret = Totp.decodeBase32(shown);
        SECRETS.put(username, secret);
        browser.type(By.id("totp"), Totp.code(secret, nextStep(username)));
        browser.type(By.id("userLabel"), "e2e authenticator");
        browser.submit(By.id("saveTOTPBtn"));
    }

    private static void giveCode(Browser browser, String username) {
        byte[] secret = SECRETS.get(username);
        if (secret == null) {
            fail("Keycloak asks " + username + " for a one-time code, but no authenticator was enrolled in this run");
        }
        browser.type(By.id("otp"), Totp.code(secret, nextStep(username)));
        browser.submit(By.id("kc-login"));
    }

    /** A typed wrong code, for tests of the refusal. */
    static void giveWrongCode(Browser browser, String username) {
        byte[] secret = SECRETS.get(username);
        long step = Totp.currentStep();
        String wrong = "000000";
        while (wrong.equals(Totp.code(secret, step)) || wrong.equals(Totp.code(secret, step - 1))
                || wrong.equals(Totp.code(secret, step + 1))) {
            wrong = String.valueOf(Integer.parseInt(wrong) + 111111);
        }
        browser.type(By.id("otp"), wrong);
        browser.submit(By.id("kc-login"));
    }

    /**
     * A time step whose code this user has not used yet: the current one, or the next (the realm accepts one
     * step ahead), or, when both are spent, the current one after waiting for it to come round.
     */
    private static long nextStep(String username) {
        long now = Totp.currentStep();
        long last = LAST_STEP.getOrDefault(username, Long.MIN_VALUE);
        long step = now > last ? now : last + 1;
        if (step > now + 1) {
            sleepUntil(step - 1);
        }
        LAST_STEP.put(username, step);
        return step;
    }

    /** Waits for the start of a later 30-second step, so that a one-time code is never used twice. */
    private static void sleepUntil(long step) {
        long at = step * Totp.PERIOD_SECONDS * 1000 + 500;
        await().atMost(Duration.ofSeconds(2L * Totp.PERIOD_SECONDS + 5)).pollInterval(Duration.ofMillis(200))
                .until(() -> System.currentTimeMillis() >= at);
    }

    static boolean enrolled(String username) {
        return SECRETS.containsKey(username);
    }
}
