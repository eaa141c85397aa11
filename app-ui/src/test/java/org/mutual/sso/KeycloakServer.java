package org.mutual.sso;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.PartialImportRepresentation;

/**
 * One real Keycloak for every single sign-on test in the run: the distribution Maven unpacked into
 * {@code target/keycloak}, in development mode on 127.0.0.1 and a free port, with a throw-away
 * database in a temp folder, the realm from {@code docs/keycloak/mutual-realm.json} and the demo
 * users from {@code docs/keycloak/mutual-realm-dev-users.json}. Started on first use; the whole
 * process tree is stopped when the test JVM ends (also after failures), and a Keycloak left over by a
 * killed earlier run is stopped through its PID file.
 */
public final class KeycloakServer {

    public static final String REALM = "mutual";
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "test-admin-password";
    static final Duration READY_TIMEOUT = Duration.ofSeconds(240);

    private static KeycloakServer instance;
    private static RuntimeException failure;

    private final int port;
    private final int mutualPort;
    private final Duration startTime;

    private KeycloakServer(int port, int mutualPort, Duration startTime) {
        this.port = port;
        this.mutualPort = mutualPort;
        this.startTime = startTime;
    }

    /** The running server, started on first call. */
    public static synchronized KeycloakServer get() {
        if (failure != null) {
            throw failure;
        }
        if (instance == null) {
            try {
                instance = start();
            } catch (RuntimeException e) {
                // One slow failure is enough: the other tests of the run fail at once.
                failure = e;
                throw e;
            }
        }
        return instance;
    }

    /** Keycloak's base URL, as browsers and Mutual reach it. */
    public String url() {
        return "http://localhost:" + port;
    }

    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    /** The port Mutual must listen on: the realm's redirect URIs were imported for it. */
    public int mutualPort() {
        return mutualPort;
    }

    /** From launching the process until the realm answered (measured for the build log). */
    public Duration startTime() {
        return startTime;
    }

    /** An admin API client signed in as Keycloak's own administrator (master realm), for test set-up. */
    public Keycloak masterAdmin() {
        return Keycloak.getInstance(url(), "master", ADMIN, ADMIN_PASSWORD, "admin-cli");
    }

    private static KeycloakServer start() {
        Path home = Path.of(System.getProperty("mutual.keycloak.home", "target/keycloak/keycloak-26.4.7"))
                .toAbsolutePath();
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak at " + home + ": run the tests through Maven, which unpacks it");
        }
        Path pidFile = home.getParent().resolve("keycloak-test.pid");
        stopLeftOver(pidFile);
        try {
            Path realm = Path.of("..", "docs", "keycloak", "mutual-realm.json").toAbsolutePath().normalize();
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, imports.resolve("mutual-realm.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path data = Files.createTempDirectory("mutual-keycloak-");
            Path log = home.getParent().resolve("keycloak-test.log");
            int port = freePort();
            int mutualPort = freePort();

            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=http://localhost:" + port,
                    "--import-realm", "--db=dev-file", "--db-url-path=" + data.resolve("db"), "--cache=local",
                    "--http-management-port=" + freePort());
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1 -Xms64m --add-opens=java.base/java.lang=ALL-UNNAMED");
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.put("MUTUAL_BASE_URL", "http://localhost:" + mutualPort);
            builder.redirectErrorStream(true).redirectOutput(log.toFile());

            long started = System.nanoTime();
            Process process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop(process, pidFile);
                deleteRecursively(data);
            }, "keycloak-stop"));
            KeycloakServer server;
            try {
                awaitRealm(process, "http://localhost:" + port + "/realms/" + REALM, log);
                server = new KeycloakServer(port, mutualPort, Duration.ofNanos(System.nanoTime() - started));
                server.importDevUsers();
            } catch (RuntimeException | IOException e) {
                stop(process, pidFile);
                throw e;
            }
            System.out.println("Keycloak ready on " + server.url() + " after " + server.startTime.toMillis() + " ms");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ready means the realm's discovery document answers: the server is up and the realm imported. */
    private static void awaitRealm(Process process, String issuer, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest wellKnown = HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting:\n" + tail(log));
            }
            try {
                if (http.send(wellKnown, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Keycloak was not ready after " + READY_TIMEOUT + ":\n" + tail(log));
    }

    private void importDevUsers() throws IOException {
        Path users = Path.of("..", "docs", "keycloak", "mutual-realm-dev-users.json").toAbsolutePath().normalize();
        PartialImportRepresentation partial = new ObjectMapper().readValue(users.toFile(),
                PartialImportRepresentation.class);
        try (Keycloak admin = masterAdmin(); var response = admin.realm(REALM).partialImport(partial)) {
            if (response.getStatus() != 200) {
                throw new IllegalStateException("importing the demo users failed: " + response.getStatus() + " "
                        + response.readEntity(String.class));
            }
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** SIGTERM to the whole tree (kc.sh and its Java child), then SIGKILL to whatever is left. */
    static void stop(Process process, Path pidFile) {
        stop(process.toHandle());
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // the next run checks the process anyway
        }
    }

    private static void stop(ProcessHandle root) {
        List<ProcessHandle> tree = new java.util.ArrayList<>(root.descendants().toList());
        tree.add(root);
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception timeout) {
                handle.destroyForcibly();
            }
        }
    }

    /** A Keycloak from a test JVM that was killed before its shutdown hook could run. */
    private static void stopLeftOver(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return;
            }
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            ProcessHandle.of(pid)
                    .filter(p -> p.info().commandLine().map(c -> c.contains("keycloak")).orElse(false))
                    .ifPresent(KeycloakServer::stop);
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            // nothing to clean up
        }
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder; the system cleans it up eventually
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
