package org.mutual.persistence.backup;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.ZipInputStream;
import org.h2.tools.RunScript;

/**
 * Writes a database to one backup file and reads it back into an empty database.
 *
 * <p>H2: {@code SCRIPT TO 'file' COMPRESSION ZIP} (a consistent snapshot in one transaction) and
 * {@code RUNSCRIPT}. The H2 file is opened by one process at a time, so back it up while Mutual is
 * stopped. PostgreSQL: {@code pg_dump -Fc} while Mutual runs, and {@code pg_restore --clean
 * --if-exists --single-transaction}; both tools must be installed (on {@code PATH} or in
 * {@code MUTUAL_PG_BIN}) and at least as new as the server.
 */
public final class Backups {

    /** A database to back up or restore into: the JDBC URL, user and password Mutual connects with. */
    public record Target(String url, String user, String password) {

        public Target {
            password = password == null ? "" : password;
        }

        public boolean isPostgres() {
            return url.startsWith("jdbc:postgresql:");
        }

        /**
         * The database Mutual itself uses with these environment variables: {@code MUTUAL_DB_URL},
         * {@code MUTUAL_DB_USER}, {@code MUTUAL_DB_PASSWORD}, else the H2 file in
         * {@code MUTUAL_DATA_DIR} (default {@code ./data}).
         */
        public static Target fromEnvironment(Map<String, String> env) {
            String url = env.get("MUTUAL_DB_URL");
            if (url == null || url.isBlank()) {
                url = h2Url(Path.of(env.getOrDefault("MUTUAL_DATA_DIR", "./data")).resolve("mutual"));
            }
            return new Target(url, env.getOrDefault("MUTUAL_DB_USER", "sa"), env.get("MUTUAL_DB_PASSWORD"));
        }
    }

    /** Refused work: the message is for the operator, no stack trace needed. */
    public static final class BackupException extends RuntimeException {
        public BackupException(String message) {
            super(message);
        }

        public BackupException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** How often a backup on H2, whose end can't be known in advance, reports the size written so far. */
    static final long TICK = 2_000;

    private Backups() {
    }

    /** Mutual's H2 URL for the database file {@code file} (without the {@code .mv.db}), as in application.properties. */
    public static String h2Url(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath().normalize()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    }

    /** Writes the whole database to {@code file}, replacing it. */
    public static void backup(Target target, Path file) {
        backup(target, file, line -> { });
    }

    /**
     * Writes the whole database to {@code file}, replacing it, and tells {@code progress} how far it
     * got while it runs: PostgreSQL's tables as pg_dump reaches them, on H2 the size written so far
     * every {@link #TICK}.
     */
    public static void backup(Target target, Path file, Consumer<String> progress) {
        Path out = file.toAbsolutePath().normalize();
        if (target.isPostgres()) {
            pgTool(target, List.of("pg_dump", "--format=custom", "--verbose", "--file=" + out),
                    line -> line.contains("dumping contents of table"), progress);
        } else {
            long start = System.nanoTime();
            try (Connection c = h2Connection(target, true); Statement s = c.createStatement();
                 Ticker ticker = new Ticker(() -> progress.accept(String.format(Locale.ROOT,
                         "backup: %s written (%d s)", megabytes(sizeOf(out)), seconds(start))))) {
                Files.deleteIfExists(out);
                s.execute("script to " + literal(out) + " compression zip");
            } catch (SQLException | IOException e) {
                throw new BackupException("backup failed: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Reads {@code file} into the database. Refuses a database that already has tables unless
     * {@code force}: then its contents are replaced.
     */
    public static void restore(Target target, Path file, boolean force) {
        restore(target, file, force, line -> { });
    }

    /**
     * {@link #restore(Target, Path, boolean)}, telling {@code progress} how far it got while it runs:
     * PostgreSQL's tables as pg_restore reaches them, on H2 each tenth of the backup file read.
     */
    public static void restore(Target target, Path file, boolean force, Consumer<String> progress) {
        Path in = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(in)) {
            throw new BackupException("no backup file at " + in);
        }
        List<String> existing = tables(target);
        if (!existing.isEmpty() && !force) {
            throw new BackupException("the database already has " + existing.size() + " tables; restore into an"
                    + " empty database, or pass --force to replace its contents");
        }
        if (target.isPostgres()) {
            pgTool(target, List.of("pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
                    "--exit-on-error", "--verbose", "--dbname=" + pgEnvironment(target).get("PGDATABASE"),
                    in.toString()), line -> line.contains("processing data for table"), progress);
        } else {
            long start = System.nanoTime();
            try (Connection c = h2Connection(target, false); Statement s = c.createStatement();
                 ReadCounter read = new ReadCounter(Files.newInputStream(in), Files.size(in), (percent, bytes) ->
                         progress.accept(String.format(Locale.ROOT, "restore: %d %% of %s read (%d s)", percent,
                                 megabytes(Files.size(in)), seconds(start))));
                 ZipInputStream zip = new ZipInputStream(new BufferedInputStream(read))) {
                c.setAutoCommit(false);
                if (!existing.isEmpty()) {
                    s.execute("drop all objects");
                }
                if (zip.getNextEntry() == null) {
                    throw new BackupException("restore failed: " + in + " is not a Mutual backup (an empty zip file)");
                }
                // What RUNSCRIPT ... COMPRESSION ZIP runs, read through a counter to tell how far it got.
                RunScript.execute(c, new InputStreamReader(zip, StandardCharsets.UTF_8));
                c.commit();
            } catch (SQLException | IOException e) {
                throw new BackupException("restore failed: " + e.getMessage(), e);
            }
        }
    }

    /** The tables in the database's public schema, by name. */
    public static List<String> tables(Target target) {
        try (Connection c = connect(target, false); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_name from information_schema.tables"
                     + " where lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE')"
                     + " order by table_name")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new BackupException("could not read the database: " + e.getMessage(), e);
        }
    }

    private static Connection connect(Target target, boolean mustExist) throws SQLException {
        return target.isPostgres() ? DriverManager.getConnection(target.url(), target.user(), target.password())
                : h2Connection(target, mustExist);
    }

    private static Connection h2Connection(Target target, boolean mustExist) throws SQLException {
        String url = mustExist ? target.url() + ";IFEXISTS=TRUE" : target.url();
        try {
            return DriverManager.getConnection(url, target.user(), target.password());
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new BackupException("the H2 database is in use, most likely by a running Mutual: stop it first"
                        + " (the H2 file is opened by one process at a time)", e);
            }
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1) {
                throw new BackupException("no H2 database at " + target.url(), e);
            }
            throw e;
        }
    }

    private static String literal(Path path) {
        return "'" + path.toString().replace("'", "''") + "'";
    }

    /**
     * Runs a PostgreSQL client tool with the connection in its environment (the password never on the
     * command line), passing the lines of its output that tell how far it got to {@code progress}.
     */
    private static void pgTool(Target target, List<String> command, Predicate<String> progressLine,
                               Consumer<String> progress) {
        List<String> full = new ArrayList<>(command);
        String bin = System.getenv("MUTUAL_PG_BIN");
        if (bin != null && !bin.isBlank()) {
            full.set(0, Path.of(bin, command.getFirst()).toString());
        }
        ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true);
        pb.environment().putAll(pgEnvironment(target));
        try {
            Process p = pb.start();
            List<String> output = new ArrayList<>();
            try (BufferedReader lines = p.inputReader(StandardCharsets.UTF_8)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (progressLine.test(line)) {
                        progress.accept(line);
                    } else {
                        output.add(line);
                    }
                }
            }
            if (p.waitFor() != 0) {
                List<String> errors = output.stream().filter(line -> line.contains("error")).toList();
                throw new BackupException(command.getFirst() + " failed: "
                        + String.join("\n", errors.isEmpty() ? output : errors).strip());
            }
        } catch (IOException e) {
            throw new BackupException(command.getFirst() + " could not be started (install the PostgreSQL client"
                    + " tools, or set MUTUAL_PG_BIN to their folder): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException(command.getFirst() + " was interrupted", e);
        }
    }

    /** Every {@link #TICK} while it is open, runs {@code report} on a thread of its own. */
    private static final class Ticker implements AutoCloseable {
        private final Thread thread;

        Ticker(Runnable report) {
            thread = Thread.ofPlatform().daemon().name("backup-progress").start(() -> {
                try {
                    while (true) {
                        Thread.sleep(TICK);
                        report.run();
                    }
                } catch (InterruptedException e) {
                    // closed
                }
            });
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }

    /** Counts the bytes read through it and reports each tenth of {@code total} once. */
    private static final class ReadCounter extends FilterInputStream {
        interface Report {
            void reached(int percent, long bytes) throws IOException;
        }

        private final long total;
        private final Report report;
        private long read;
        private int reported;

        ReadCounter(InputStream in, long total, Report report) {
            super(in);
            this.total = Math.max(1, total);
            this.report = report;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            counted(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            counted(Math.max(0, n));
            return n;
        }

        private void counted(int n) throws IOException {
            read += n;
            int tenth = (int) Math.min(10, read * 10 / total);
            if (tenth > reported) {
                reported = tenth;
                report.reached(tenth * 10, read);
            }
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static long seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000_000;
    }

    /** PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD from a {@code jdbc:postgresql://host:port/db} URL. */
    static Map<String, String> pgEnvironment(Target target) {
        URI uri = URI.create(target.url().substring("jdbc:".length()));
        Map<String, String> env = new HashMap<>();
        env.put("PGHOST", uri.getHost() == null ? "localhost" : uri.getHost());
        env.put("PGPORT", Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort()));
        env.put("PGDATABASE", uri.getPath().substring(1));
        env.put("PGUSER", target.user());
        env.put("PGPASSWORD", target.password());
        return env;
    }

    /** {@code backup <file>} or {@code restore [--force] <file>} on the database of the environment. */
    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean force = rest.remove("--force");
        if (rest.size() != 2 || !List.of("backup", "restore").contains(rest.getFirst())) {
            System.err.println("usage: backup <file> | restore [--force] <file>");
            System.exit(2);
        }
        Target target = Target.fromEnvironment(System.getenv());
        Path file = Path.of(rest.get(1));
        try {
            long start = System.nanoTime();
            if (rest.getFirst().equals("backup")) {
                backup(target, file, System.out::println);
                System.out.printf("mutual: backed up %s to %s (%,d bytes, %d ms)%n", describe(target), file,
                        Files.size(file), (System.nanoTime() - start) / 1_000_000);
            } else {
                restore(target, file, force, System.out::println);
                System.out.printf("mutual: restored %s from %s (%d tables, %d ms)%n", describe(target), file,
                        tables(target).size(), (System.nanoTime() - start) / 1_000_000);
            }
        } catch (BackupException | IOException e) {
            System.err.println("mutual: " + e.getMessage());
            System.exit(1);
        }
    }

    private static String describe(Target target) {
        int options = target.url().indexOf(';');
        return options < 0 ? target.url() : target.url().substring(0, options);
    }
}
