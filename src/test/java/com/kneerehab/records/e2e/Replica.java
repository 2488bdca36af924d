package com.kneerehab.records.e2e;

import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * One instance of the packaged application (target/quarkus-app/quarkus-run.jar, which failsafe finds
 * because it runs after package) in its own process, in the production profile and configured only through
 * environment variables, as a deployment would run it. Stopped by its PID when closed.
 */
final class Replica implements AutoCloseable {

    private static final Path JAR = Path.of(System.getProperty("e2e.app-jar", "target/quarkus-app/quarkus-run.jar"));
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private final String name;
    private final int port;
    private final int managementPort;
    private final Process process;
    private final Path log;

    private Replica(String name, int port, int managementPort, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
    }

    static Replica start(String name, int port, Map<String, String> environment) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the two-replica test runs after `package` (mvnw verify -Pe2e)");
        }
        try {
            Path logs = Files.createDirectories(Path.of(System.getProperty("e2e.logs", "target/e2e-logs")));
            Path log = logs.resolve("replica-" + name + ".log");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-jar", JAR.toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
            // health and metrics answer on a port of their own (the management interface)
            int managementPort = freePort();
            builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
            return new Replica(name, port, managementPort, builder.start(), log);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start replica " + name, e);
        }
    }

    String url() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** The management interface: health and metrics, never routed by an Ingress. */
    String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for a replica's management interface", e);
        }
    }

    /** Waits until /q/health/ready on the management port answers 200 (the database included). */
    void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        try {
            await().atMost(READY_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Replica " + name + " stopped during start-up:\n" + tail());
                }
                return answersOk(http, ready);
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("Replica " + name + " was not ready within " + READY_WITHIN.toSeconds()
                    + " s:\n" + tail());
        }
    }

    static boolean answersOk(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String tail() {
        return ChildProcess.tail(log, 30);
    }

    @Override
    public void close() {
        ChildProcess.end(process);
    }
}
