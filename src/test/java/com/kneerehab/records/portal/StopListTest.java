package com.kneerehab.records.portal;

import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The safety stop-list has one source: every warning symptom, in order, with the same words, on the
 * safety notice, the printed plan and the warning form.
 */
@QuarkusTest
@TestSecurity(user = "pat", roles = Roles.PATIENT)
class StopListTest {

    @Inject
    TestDatabase db;

    @Inject
    PortalFixtures fixtures;

    PortalFixtures.Linked mine;

    @BeforeEach
    void setUp() {
        db.reset();
        mine = fixtures.patientWithPlan("pat", "Mine");
    }

    @Test
    void everySymptomAppearsInTheSameOrderWhereverTheListIsShown() {
        PortalMessages words = MessageBundles.get(PortalMessages.class);
        String notice = html("/portal/safety");
        String print = html("/portal/plans/" + mine.planId() + "/print");
        String form = html("/portal/warning");
        for (String page : new String[] {notice, print}) {
            assertEquals(WarningSymptom.values().length, count(page, "<li>"), "one item a symptom");
        }
        for (String page : new String[] {notice, print, form}) {
            int last = -1;
            for (WarningSymptom symptom : WarningSymptom.values()) {
                int at = page.indexOf(words.symptom(symptom));
                assertTrue(at > last, symptom + " in order");
                last = at;
            }
        }
        for (WarningSymptom symptom : WarningSymptom.values()) {
            assertTrue(form.contains("value=\"" + symptom.name() + "\""));
            assertEquals(words.symptom(symptom), symptom.label());
        }
    }

    private String html(String path) {
        String page = given().accept("text/html").when().get(path).then().statusCode(200).extract().asString();
        Matcher list = Pattern.compile("(?s)<ul class=\"stop-list\">(.*?)</ul>").matcher(page);
        return list.find() ? list.group(1) : page;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
