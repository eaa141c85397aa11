package org.mutual.persistence.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A PostgreSQL server run from the machine's own binaries (Debian: /usr/lib/postgresql/N/bin), for
 * tests that need what the embedded test server can't give: the same major version as the
 * installed pg_dump, or a postmaster to kill with SIGKILL and start again on the same data folder.
 * PostgreSQL refuses to run as root, so as root it runs as the {@code postgres} user.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path bin;
    private final Path dir;
    private final int port;

    private LocalPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** The major version of the installed pg_dump (in MUTUAL_PG_BIN, else on PATH), if there is one. */
    public static Optional<Integer> pgDumpMajor() {
        String bin = System.getenv("MUTUAL_PG_BIN");
        String pgDump = bin == null || bin.isBlank() ? "pg_dump" : Path.of(bin, "pg_dump").toString();
        try {
            String out = run(List.of(pgDump, "--version"));
            return Optional.of(Integer.parseInt(out.replaceAll("(?s).*\\) (\\d+).*", "$1")));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Debian's server binaries of this major version, or of the newest one installed when {@code major} is empty. */
    public static Optional<Path> serverBinaries(Optional<Integer> major) {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/postgres")))
                    .filter(v -> major.isEmpty() || v.getFileName().toString().equals(major.get().toString()))
                    .max(Comparator.comparing(v -> v.getFileName().toString()))
                    .map(v -> v.resolve("bin"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static LocalPostgres start(Path bin) throws IOException {
        Path dir = Files.createTempDirectory("mutual-pg-");
        if (ROOT) {
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(dir, postgres);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        LocalPostgres server = new LocalPostgres(bin, dir, port);
        server.asServerUser(List.of(bin.resolve("initdb").toString(), "-D", server.data().toString(), "-U", "postgres",
                "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"));
        server.startServer();
        return server;
    }

    public Path data() {
        return dir.resolve("data");
    }

    public int port() {
        return port;
    }

    public void startServer() {
        asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l", dir.resolve("log").toString(),
                "-w", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=localhost", "start"));
    }

    /** Kills the postmaster with SIGKILL (no shutdown, no checkpoint) and waits until it is gone. */
    public void killServer() throws IOException {
        long pid = Long.parseLong(Files.readAllLines(data().resolve("postmaster.pid")).getFirst().strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> backends = postmaster.children().toList();
        postmaster.destroyForcibly();
        postmaster.onExit().join();
        // the backends notice the postmaster is gone and end; wait so the next start finds the folder free
        backends.forEach(b -> b.onExit().join());
    }

    public String createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    @Override
    public void close() throws IOException {
        try {
            asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "stop"));
        } catch (RuntimeException ignored) {
            // already stopped
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private void asServerUser(List<String> command) {
        List<String> full = new ArrayList<>();
        if (ROOT) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
