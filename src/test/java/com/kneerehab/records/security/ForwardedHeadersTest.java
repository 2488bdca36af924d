package com.kneerehab.records.security;

import com.kneerehab.records.Fixtures;
import com.kneerehab.records.platform.Roles;
import com.kneerehab.records.platform.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Behind the configured proxy (by default one on the same host, 127.0.0.1) the audit trail records the
 * client's address from X-Forwarded-For; {@code ProductionSettingsTest} shows that the same header from any
 * other address is ignored.
 */
@QuarkusTest
@TestSecurity(user = "clinician", roles = Roles.CLINICIAN)
class ForwardedHeadersTest {

    @Inject
    TestDatabase db;

    @Test
    void theTrustedProxysForwardedAddressIsAudited() {
        db.reset();
        long patient = Fixtures.aPatient("Proxied", "Caller");
        given().header("X-Forwarded-For", "198.51.100.7")
                .when().get("/api/v1/patients/{id}", patient).then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertEquals(1, db.count("audit_entry", "patient_id = " + patient + " AND client_address = '198.51.100.7'")));
    }
}
