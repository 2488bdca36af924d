package com.kneerehab.records.platform;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;

/**
 * Development only: uses the MariaDB named by DB_URL when it is set; otherwise starts an embedded one and points the
 * datasource at it, so {@code ./mvnw quarkus:dev} works on a machine with nothing but a JDK.
 * Production and tests never take this path (production fails fast on a missing {@code DB_URL};
 * tests bring their own database resource).
 */
public class EmbeddedDatabaseConfigSource implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseConfigSource.class);
    /** Survives dev-mode hot reloads, which load this class again in a fresh class loader. */
    private static final String PORT_PROPERTY = "knee-rehab.embedded-db.port";
    private static final int DEV_PORT = 33306;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!context.getProfiles().contains("dev")) {
            return List.of();
        }
        ConfigValue url = context.getValue("DB_URL");
        if (url != null && url.getValue() != null && !url.getValue().isBlank()) {
            // the developer's own MariaDB
            return List.of(new PropertiesConfigSource(Map.of(
                    "quarkus.datasource.jdbc.url", url.getValue(),
                    "quarkus.datasource.username", valueOr(context, "DB_USERNAME", "root"),
                    "quarkus.datasource.password", valueOr(context, "DB_PASSWORD", "")), "dev-database", 50));
        }
        int port = ensureRunning();
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.jdbc.url", EmbeddedMariaDb.jdbcUrl(port),
                "quarkus.datasource.username", "root",
                "quarkus.datasource.password", ""), "embedded-mariadb", 50));
    }

    private static String valueOr(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null ? fallback : value.getValue();
    }

    private static synchronized int ensureRunning() {
        String known = System.getProperty(PORT_PROPERTY);
        if (known != null && EmbeddedMariaDb.isListening(Integer.parseInt(known))) {
            return Integer.parseInt(known);
        }
        if (EmbeddedMariaDb.isListening(DEV_PORT)) {
            throw new IllegalStateException("Port " + DEV_PORT + " is taken by another process: stop it, or set DB_URL"
                    + " to use your own MariaDB.");
        }
        var dataDir = EmbeddedMariaDb.defaultDevDataDir();
        LOG.infof("No DB_URL set: starting the embedded development MariaDB on 127.0.0.1:%d (data in %s)", DEV_PORT, dataDir);
        EmbeddedMariaDb db = EmbeddedMariaDb.start(DEV_PORT, dataDir);
        Runtime.getRuntime().addShutdownHook(new Thread(db::stop, "embedded-mariadb-stop"));
        System.setProperty(PORT_PROPERTY, Integer.toString(DEV_PORT));
        return DEV_PORT;
    }
}
