package com.kneerehab.records.platform;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production default of the trusted proxies is written only as IPv4 addresses and CIDR ranges. An entry
 * the HTTP layer does not read as an address (a bare "::1") is treated as a host name and looked up on every
 * request: on the load benchmark that cut one kept-alive connection from about 1 600 to about 100 answers a
 * second and left some requests waiting for seconds.
 */
class TrustedProxiesTest {

    @Test
    void theDefaultTrustedProxiesAreAddressesOrRangesNeverNames() throws IOException {
        URL properties = TrustedProxiesTest.class.getClassLoader().getResource("application.properties");
        List<String> entries = new SmallRyeConfigBuilder()
                .withProfile("prod")
                .withSources(new PropertiesConfigSource(properties, 250))
                .build()
                .getValues("quarkus.http.proxy.trusted-proxies", String.class);
        assertFalse(entries.isEmpty());
        for (String entry : entries) {
            assertTrue(entry.matches("\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?") || entry.matches("[0-9a-fA-F:]+/\\d{1,3}"),
                    "not an IPv4 address or a CIDR range: " + entry);
        }
    }
}
