package com.kneerehab.records.account;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the parts of Keycloak's Admin REST API the application calls, so tests can make
 * Keycloak refuse, fail half-way or disappear, and check that the application leaves nothing half-done.
 */
public final class KeycloakStub {

    public enum Mode { NORMAL, DUPLICATE, ROLE_FAILS, UPDATE_FAILS }

    private static final KeycloakStub INSTANCE = new KeycloakStub();

    private final int port;
    private HttpServer server;
    private volatile Mode mode = Mode.NORMAL;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String> enabled = new ConcurrentHashMap<>();
    /** User name by id, of the users created and not deleted. */
    private final Map<String, String> usernames = new ConcurrentHashMap<>();

    private KeycloakStub() {
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        start();
    }

    public static KeycloakStub get() {
        return INSTANCE;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public void reset(Mode newMode) {
        mode = newMode;
        calls.clear();
        if (server == null) {
            start();
        }
    }

    /** Stops answering: connections are refused until {@link #reset} is called. */
    public synchronized void goDown() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** A user that exists in the directory already, as a creation cut short by a restart leaves it. */
    public String addUser(String username) {
        String id = UUID.randomUUID().toString();
        usernames.put(id, username);
        enabled.put(id, "true");
        return id;
    }

    public boolean hasUser(String username) {
        return usernames.containsValue(username);
    }

    public List<String> calls() {
        return calls;
    }

    public boolean saw(String call) {
        return calls.stream().anyMatch(c -> c.startsWith(call));
    }

    private synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(method + " " + path + " " + body);
        String users = "/admin/realms/clinic/users";
        if (path.endsWith("/protocol/openid-connect/token")) {
            send(exchange, 200, "{\"access_token\":\"stub\",\"expires_in\":300,\"refresh_expires_in\":0,"
                    + "\"token_type\":\"Bearer\",\"scope\":\"\"}");
        } else if (method.equals("POST") && path.equals(users)) {
            if (mode == Mode.DUPLICATE) {
                send(exchange, 409, "{\"errorMessage\":\"User exists with same username\"}");
                return;
            }
            String id = UUID.randomUUID().toString();
            enabled.put(id, "true");
            var name = java.util.regex.Pattern.compile("\"username\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
            if (name.find()) {
                usernames.put(id, name.group(1));
            }
            exchange.getResponseHeaders().add("Location", url() + users + "/" + id);
            send(exchange, 201, "");
        } else if (path.endsWith("/role-mappings/realm/available") || path.endsWith("/role-mappings/realm/composite")) {
            send(exchange, 200, "[{\"id\":\"r-admin\",\"name\":\"admin\"},{\"id\":\"r-clinician\",\"name\":\"clinician\"},"
                    + "{\"id\":\"r-patient\",\"name\":\"patient\"}]");
        } else if (path.endsWith("/role-mappings/realm")) {
            send(exchange, mode == Mode.ROLE_FAILS ? 500 : 204, "");
        } else if (method.equals("DELETE") && path.startsWith(users + "/")) {
            usernames.remove(path.substring(path.lastIndexOf('/') + 1));
            send(exchange, 204, "");
        } else if (method.equals("GET") && path.equals(users)) {
            String query = exchange.getRequestURI().getQuery() == null ? "" : exchange.getRequestURI().getQuery();
            StringBuilder list = new StringBuilder("[");
            usernames.forEach((id, name) -> {
                if (query.contains("username=" + name + "&") || query.endsWith("username=" + name)) {
                    list.append(list.length() > 1 ? "," : "").append("{\"id\":\"").append(id)
                            .append("\",\"username\":\"").append(name).append("\"}");
                }
            });
            send(exchange, 200, list.append("]").toString());
        } else if (method.equals("GET") && path.startsWith(users + "/")) {
            String id = path.substring(path.lastIndexOf('/') + 1);
            send(exchange, 200, "{\"id\":\"" + id + "\",\"username\":\"someone\",\"enabled\":"
                    + enabled.getOrDefault(id, "true") + "}");
        } else if (method.equals("PUT") && path.startsWith(users + "/")) {
            send(exchange, mode == Mode.UPDATE_FAILS ? 503 : 204, "");
        } else if (method.equals("POST") && path.endsWith("/logout")) {
            send(exchange, 204, "");
        } else {
            send(exchange, 404, "{\"error\":\"not in the stub\"}");
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }
}
