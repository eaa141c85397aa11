package org.mutual.persistence.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutual.persistence.backup.Backups;
import org.mutual.persistence.support.LocalPostgres;
import org.mutual.persistence.support.TestDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Every write the database acknowledged survives a SIGKILL. A writer in its own JVM commits audit
 * entries one at a time and prints each acknowledged one; it (and on PostgreSQL the server too) is
 * killed with SIGKILL halfway, the database is opened again and every acknowledged entry must be there.
 *
 * <p>{@code -Dmutual.crash.writes=N} sets the number of writes (default 1,000, killed after half).
 * {@code -Dmutual.crash.without-write-delay-fix=true} runs H2 without {@code WRITE_DELAY=0} to show
 * what the setting prevents (the test then fails when H2 loses acknowledged commits).
 */
class CrashDurabilityTest {

    static final int WRITES = Integer.getInteger("mutual.crash.writes", 1000);

    @TempDir
    Path dir;

    @Test
    void the_h2_file_database_of_the_application_keeps_every_acknowledged_write_after_a_sigkill() throws Exception {
        String url = applicationH2Url(dir);
        if (Boolean.getBoolean("mutual.crash.without-write-delay-fix")) {
            url = url.replace(";WRITE_DELAY=0", "");
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        TestDatabase.H2.migrate(ds);

        Run run = writeAndKill(url, "sa", () -> { });

        assertEveryAcknowledgedWriteIsThere(run, DriverManager.getConnection(url, "sa", ""));
    }

    @Test
    void postgresql_keeps_every_acknowledged_write_after_the_server_is_killed_with_sigkill() throws Exception {
        Optional<Path> binaries = LocalPostgres.serverBinaries(Optional.empty());
        Assumptions.assumeTrue(binaries.isPresent(), "no PostgreSQL server binaries under /usr/lib/postgresql");
        try (LocalPostgres server = LocalPostgres.start(binaries.get())) {
            String url = server.createDatabase("mutual");
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            ds.setUser("postgres");
            TestDatabase.POSTGRES.migrate(ds);

            Run run = writeAndKill(url, "postgres", () -> {
                try {
                    server.killServer();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            server.startServer();

            assertEveryAcknowledgedWriteIsThere(run, DriverManager.getConnection(url, "postgres", ""));
        }
    }

    /** The H2 URL application.properties gives Mutual by default, with its data folder in {@code dataDir}. */
    static String applicationH2Url(Path dataDir) throws IOException {
        Path properties = Path.of("..", "app-ui", "src", "main", "resources", "application.properties");
        String line = Files.readAllLines(properties).stream().filter(l -> l.startsWith("spring.datasource.url="))
                .findFirst().orElseThrow();
        String fallback = line.substring(line.indexOf("${MUTUAL_DB_URL:") + "${MUTUAL_DB_URL:".length(),
                line.lastIndexOf('}'));
        return fallback.replace("${mutual.data-dir}", dataDir.toAbsolutePath().toString());
    }

    @Test
    void the_backup_command_opens_h2_exactly_as_the_application_does() throws IOException {
        assertThat(Backups.h2Url(dir.resolve("mutual"))).isEqualTo(applicationH2Url(dir));
    }

    record Run(List<Integer> acknowledged, long millis, boolean killedMidStream) {
    }

    /** Runs the writer, kills it (after {@code crash}) with SIGKILL once half the writes are acknowledged. */
    private static Run writeAndKill(String url, String user, Runnable crash) throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AcknowledgingWriter.class.getName(), url, user,
                Integer.toString(WRITES))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Integer> acknowledged = new ArrayList<>();
        long start = 0;
        boolean killed = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("ready")) {
                    start = System.nanoTime();
                } else if (line.startsWith("ack ")) {
                    acknowledged.add(Integer.parseInt(line.substring(4)));
                    if (!killed && acknowledged.size() == WRITES / 2) {
                        crash.run();
                        // SIGKILL through the handle: Process.destroyForcibly would also close the pipe,
                        // and the acknowledgements still in it count too
                        writer.toHandle().destroyForcibly();
                        killed = true;
                    }
                }
            }
        }
        writer.waitFor(30, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Run(acknowledged, millis, killed && acknowledged.size() < WRITES);
    }

    private static void assertEveryAcknowledgedWriteIsThere(Run run, Connection connection) throws SQLException {
        String kind = connectionKind(connection);
        Set<Integer> stored = new HashSet<>();
        try (connection; Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select record_id from audit_entry where actor_name = 'crash-test'")) {
            while (rs.next()) {
                stored.add(Integer.parseInt(rs.getString(1)));
            }
        }
        List<Integer> lost = run.acknowledged().stream().filter(n -> !stored.contains(n)).toList();
        System.out.printf("crash durability %s: %d writes acknowledged before SIGKILL in %d ms, %d stored after"
                        + " restart, %d acknowledged writes lost%n", kind, run.acknowledged().size(),
                run.millis(), stored.size(), lost.size());

        assertThat(run.killedMidStream()).as("killed before the writer finished").isTrue();
        assertThat(run.acknowledged()).hasSizeGreaterThanOrEqualTo(WRITES / 2);
        assertThat(lost).as("acknowledged writes missing after the crash").isEmpty();
    }

    private static String connectionKind(Connection connection) throws SQLException {
        return connection.getMetaData().getURL().startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2";
    }
}
