package com.kneerehab.records.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * How the evaluation page loads htmx (from its webjar) and configures it, for {@code {inject:htmxConfig}}.
 * The content-security policy allows no inline style or script, so htmx must not add its indicator
 * styles, evaluate script or run script tags it receives.
 */
@ApplicationScoped
@Named("htmxConfig")
public class HtmxSetup {

    /** The webjar's version, as in the build's dependency. */
    public static final String VERSION = "2.0.4";

    private static final String CONFIG = "{\"includeIndicatorStyles\":false,\"allowEval\":false,"
            + "\"allowScriptTags\":false,\"historyCacheSize\":0,\"selfRequestsOnly\":true,"
            + "\"responseHandling\":[{\"code\":\"204\",\"swap\":false},{\"code\":\"[23]..\",\"swap\":true},"
            + "{\"code\":\"4..\",\"swap\":true,\"error\":false},{\"code\":\"...\",\"swap\":false,\"error\":true}]}";

    public String version() {
        return VERSION;
    }

    public String json() {
        return CONFIG;
    }
}
