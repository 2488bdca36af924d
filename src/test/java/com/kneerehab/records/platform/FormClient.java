package com.kneerehab.records.platform;

import io.restassured.response.Response;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * Posts HTML forms the way a browser does: it first opens a page to receive the anti-forgery cookie,
 * then sends the token from the page's hidden field with every form.
 */
public final class FormClient {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final String cookie;
    private final String token;

    private FormClient(String cookie, String token) {
        this.cookie = cookie;
        this.token = token;
    }

    /** Opens a page that holds a form and keeps its anti-forgery token. */
    public static FormClient open(String path) {
        Response page = given().accept("text/html").when().get(path);
        if (page.statusCode() != 200) {
            throw new AssertionError("Expected " + path + " to open, got " + page.statusCode());
        }
        Matcher m = TOKEN.matcher(page.asString());
        if (!m.find()) {
            throw new AssertionError("No anti-forgery token on " + path);
        }
        return new FormClient(page.getCookie("csrf-token"), m.group(1));
    }

    public Response post(String path, Map<String, ?> fields) {
        Map<String, Object> all = new HashMap<>(fields);
        all.put("csrf-token", token);
        return given().accept("text/html").redirects().follow(false)
                .cookie("csrf-token", cookie)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(all)
                .when().post(path);
    }

    /** Posts a form with one extra request header, as a page's script does (HX-Request for htmx). */
    public Response postWithHeader(String path, Map<String, ?> fields, String header, String value) {
        Map<String, Object> all = new HashMap<>(fields);
        all.put("csrf-token", token);
        return given().accept("text/html").redirects().follow(false)
                .cookie("csrf-token", cookie)
                .header(header, value)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(all)
                .when().post(path);
    }

    /** Posts fields where one name carries several values (checkbox groups). */
    public Response post(String path, Map<String, ?> fields, String multiName, String... values) {
        Map<String, Object> all = new HashMap<>(fields);
        all.put("csrf-token", token);
        return given().accept("text/html").redirects().follow(false)
                .cookie("csrf-token", cookie)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(all)
                .formParam(multiName, (Object[]) values)
                .when().post(path);
    }
}
