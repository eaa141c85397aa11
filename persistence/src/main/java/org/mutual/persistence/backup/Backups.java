package org.mutual.persistence.backup;

import java.io.IOException;
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
import java.util.Map;

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

    private Backups() {
    }

    /** Mutual's H2 URL for the database file {@code file} (without the {@code .mv.db}), as in application.properties. */
    public static String h2Url(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath().normalize()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    }

    /** Writes the whole database to {@code file}, replacing it. */
    public static void backup(Target target, Path file) {
        Path out = file.toAbsolutePath().normalize();
        if (target.isPostgres()) {
            pgTool(target, List.of("pg_dump", "--format=custom", "--file=" + out));
        } else {
            try (Connection c = h2Connection(target, true); Statement s = c.createStatement()) {
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
                    "--exit-on-error", "--dbname=" + pgEnvironment(target).get("PGDATABASE"), in.toString()));
        } else {
            try (Connection c = h2Connection(target, false); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                if (!existing.isEmpty()) {
                    s.execute("drop all objects");
                }
                s.execute("runscript from " + literal(in) + " compression zip");
                c.commit();
            } catch (SQLException e) {
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

    /** Runs a PostgreSQL client tool with the connection in its environment (the password never on the command line). */
    private static void pgTool(Target target, List<String> command) {
        List<String> full = new ArrayList<>(command);
        String bin = System.getenv("MUTUAL_PG_BIN");
        if (bin != null && !bin.isBlank()) {
            full.set(0, Path.of(bin, command.getFirst()).toString());
        }
        ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true);
        pb.environment().putAll(pgEnvironment(target));
        try {
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new BackupException(command.getFirst() + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new BackupException(command.getFirst() + " could not be started (install the PostgreSQL client"
                    + " tools, or set MUTUAL_PG_BIN to their folder): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException(command.getFirst() + " was interrupted", e);
        }
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
                backup(target, file);
                System.out.printf("mutual: backed up %s to %s (%,d bytes, %d ms)%n", describe(target), file,
                        Files.size(file), (System.nanoTime() - start) / 1_000_000);
            } else {
                restore(target, file, force);
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
