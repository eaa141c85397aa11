package org.mutual.perf.jar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The database the jar runs on during the benchmarks and what the simulated users open in it.
 *
 * <p>{@code -Dmutual.perf.db} chooses it: an H2 file ({@code .../small.mv.db}, copied first so the
 * original stays as it was), or a JDBC URL used as it is ({@code -Dmutual.perf.db.user},
 * {@code -Dmutual.perf.db.password}). Without it: a new H2 file with the demo practice, which the
 * jar creates on its first start. Sign-ins use {@code -Dmutual.perf.password} (default: the demo
 * password).
 *
 * <p>So every simulated therapist has a live-recording panel with counters, the next planned session
 * of each group with at least two members gets the built-in give-and-take exercise in its plan, first
 * (where the Record tab opens); each
 * client with an account and an active membership but no homework gets one homework. These rows are
 * written with plain JDBC while the jar is stopped.
 */
public record PerfData(Map<String, String> env, String source, String password, List<Therapist> therapists,
                       List<Client> clients, Optional<Duration> firstStart) {

    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    private static final Map<String, PerfData> PREPARED = new HashMap<>();

    /** A therapist account and a session of theirs with the give-and-take exercise planned. */
    public record Therapist(String username, long session) {
    }

    /** A client account and one of their homework. */
    public record Client(String username, long homework) {
    }

    /** The database {@code -Dmutual.perf.db} names, prepared once per test JVM; the benchmarks share it. */
    public static PerfData prepared() {
        return prepared(System.getProperty("mutual.perf.db", "").trim());
    }

    /** The database {@code db} names (as {@code -Dmutual.perf.db} would), prepared once per test JVM. */
    public static synchronized PerfData prepared(String db) {
        return PREPARED.computeIfAbsent(db, PerfData::prepare);
    }

    private static PerfData prepare(String db) {
        String password = System.getProperty("mutual.perf.password", "mutual-demo");
        Path dataDir = Path.of("target", "perf", "data-" + System.currentTimeMillis()).toAbsolutePath();
        String jdbcUrl = "jdbc:h2:file:" + dataDir.resolve("mutual") + H2_OPTIONS;
        String user = "sa";
        String dbPassword = "";
        Map<String, String> env = Map.of("MUTUAL_DATA_DIR", dataDir.toString());
        Optional<Duration> firstStart = Optional.empty();
        try {
            Files.createDirectories(dataDir);
            if (db.isEmpty()) {
                // The first start migrates the empty database and adds the demo practice.
                try (AppJar first = AppJar.start("first-start", List.of(), env)) {
                    firstStart = Optional.of(first.startup());
                }
            } else if (db.startsWith("jdbc:")) {
                jdbcUrl = db;
                user = System.getProperty("mutual.perf.db.user", "sa");
                dbPassword = System.getProperty("mutual.perf.db.password", "");
                env = Map.of("MUTUAL_DB_URL", db, "MUTUAL_DB_USER", user, "MUTUAL_DB_PASSWORD", dbPassword);
            } else {
                Path file = Path.of(db.endsWith(".mv.db") ? db : db + ".mv.db");
                Files.copy(file, dataDir.resolve("mutual.mv.db"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, dbPassword)) {
            Targets targets = fixture(connection);
            return new PerfData(env, db.isEmpty() ? "demo practice (new H2 file)" : db, password,
                    targets.therapists(), targets.clients(), firstStart);
        } catch (SQLException e) {
            throw new IllegalStateException("Preparing " + jdbcUrl + " failed", e);
        }
    }

    /** What the simulated people open. */
    public record Targets(List<Therapist> therapists, List<Client> clients) {
    }

    /** Adds the plans and homework the simulated people need and lists what they open. */
    public static Targets fixture(Connection connection) throws SQLException {
        addGiveAndTakePlans(connection);
        addHomework(connection);
        List<Therapist> therapists = therapists(connection);
        List<Client> clients = clients(connection);
        if (therapists.isEmpty() || clients.isEmpty()) {
            throw new IllegalStateException("No therapist sessions or client homework to open");
        }
        return new Targets(therapists, clients);
    }

    private static void addGiveAndTakePlans(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    insert into plan_item (session_id, exercise_id, position, minutes)
                    select s.id, e.id,
                           (select coalesce(max(p.position), 0) + 1 from plan_item p where p.session_id = s.id), 30
                    from therapy_session s, exercise e
                    where e.builtin_key = 'GIVE_AND_TAKE'
                      and s.id in (select min(n.id) from therapy_session n
                                   where n.status = 'PLANNED' and n.starts_at > current_timestamp
                                   group by n.group_id)
                      and (select count(*) from membership m
                           where m.group_id = s.group_id and m.status = 'ACTIVE') >= 2
                      and not exists (select 1 from plan_item p where p.session_id = s.id and p.exercise_id = e.id)
                    """);
        }
        // Give-and-take first in those plans: the Record tab opens on the first exercise.
        List<Long> sessions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select distinct p.session_id
                     from plan_item p
                     join exercise e on e.id = p.exercise_id and e.builtin_key = 'GIVE_AND_TAKE'
                     join therapy_session s on s.id = p.session_id
                     where s.status = 'PLANNED' and s.starts_at > current_timestamp
                     """)) {
            while (rows.next()) {
                sessions.add(rows.getLong(1));
            }
        }
        try (PreparedStatement first = connection.prepareStatement("""
                update plan_item set position = case when exercise_id = (
                    select id from exercise where builtin_key = 'GIVE_AND_TAKE') then 1 else position + 1 end
                where session_id = ?
                """)) {
            for (long session : sessions) {
                first.setLong(1, session);
                first.addBatch();
            }
            first.executeBatch();
        }
    }

    private static void addHomework(Connection connection) throws SQLException {
        List<long[]> missing = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select c.id, m.group_id, (select min(f.user_id) from group_facilitator f where f.group_id = m.group_id)
                     from client c
                     join app_user u on u.id = c.account_id and u.active
                     join membership m on m.client_id = c.id and m.status = 'ACTIVE'
                     where not exists (select 1 from homework h where h.client_id = c.id)
                       and exists (select 1 from group_facilitator f where f.group_id = m.group_id)
                       and m.id = (select min(m2.id) from membership m2 where m2.client_id = c.id and m2.status = 'ACTIVE')
                     order by c.id
                     """)) {
            while (rows.next() && missing.size() < 400) {
                missing.add(new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)});
            }
        }
        try (PreparedStatement batch = connection.prepareStatement(
                     "insert into homework_batch (group_id, assigned_by, assigned_at) values (?, ?, current_timestamp)",
                     Statement.RETURN_GENERATED_KEYS);
             PreparedStatement homework = connection.prepareStatement("""
                     insert into homework (batch_id, group_id, client_id, title, instructions, due_on)
                     values (?, ?, ?, 'Ask for one small thing', 'Notice how the other person answers.', ?)
                     """)) {
            for (long[] row : missing) {
                batch.setLong(1, row[1]);
                batch.setLong(2, row[2]);
                batch.executeUpdate();
                long batchId;
                try (ResultSet keys = batch.getGeneratedKeys()) {
                    keys.next();
                    batchId = keys.getLong(1);
                }
                homework.setLong(1, batchId);
                homework.setLong(2, row[1]);
                homework.setLong(3, row[0]);
                homework.setObject(4, LocalDate.now().plusDays(7));
                homework.executeUpdate();
            }
        }
    }

    private static List<Therapist> therapists(Connection connection) throws SQLException {
        List<Therapist> found = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select u.username, s.id
                     from plan_item p
                     join exercise e on e.id = p.exercise_id and e.builtin_key = 'GIVE_AND_TAKE'
                     join therapy_session s on s.id = p.session_id
                     join group_facilitator f on f.group_id = s.group_id
                     join app_user u on u.id = f.user_id and u.active and u.role = 'THERAPIST'
                     where s.status = 'PLANNED' and s.starts_at > current_timestamp
                       and (select count(*) from membership m
                            where m.group_id = s.group_id and m.status = 'ACTIVE') >= 2
                     order by s.starts_at, u.username
                     """)) {
            while (rows.next() && found.size() < 400) {
                found.add(new Therapist(rows.getString(1), rows.getLong(2)));
            }
        }
        return found;
    }

    private static List<Client> clients(Connection connection) throws SQLException {
        List<Client> found = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select u.username, min(h.id)
                     from homework h
                     join client c on c.id = h.client_id
                     join app_user u on u.id = c.account_id and u.active and u.role = 'CLIENT'
                     group by u.username
                     order by u.username
                     """)) {
            while (rows.next() && found.size() < 400) {
                found.add(new Client(rows.getString(1), rows.getLong(2)));
            }
        }
        return found;
    }
}
