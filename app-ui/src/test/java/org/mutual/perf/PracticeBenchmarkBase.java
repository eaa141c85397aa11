package org.mutual.perf;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.mutual.domain.audit.AuditQuery;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.homework.AssignmentBatchId;
import org.mutual.domain.homework.Homework;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.homework.HomeworkRepository;
import org.mutual.domain.homework.HomeworkStatus;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.session.SeriesId;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionRepository;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.base.StatementCount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The benchmark on one generated practice ({@code ./mutual generate <size> --db target/perf/db/<size>/mutual},
 * which {@code ./mutual benchmark} does first): every screen's statements, rows read and median server time
 * (target/perf/raw/screens-&lt;size&gt;.json, which {@link PerfReport} compares across sizes; what each
 * statement cost in raw/statements-&lt;size&gt;.tsv), and the floor:
 * each main read through its repository against a hand-written JDBC query for the same rows, same run.
 */
abstract class PracticeBenchmarkBase extends ScreenRenderTestBase {

    /**
     * Every screen is rendered in turn for at least this long (and at least {@link #WARM_UP_ROUNDS} times)
     * before any is timed: ten rounds left the JIT still compiling, and a size's medians moved by half
     * between runs.
     */
    static final Duration SCREENS_WARM_UP = Duration.ofSeconds(20);
    static final int WARM_UP_ROUNDS = 10;
    static final int RUNS = 31;
    /**
     * Each read is warmed up for this long (all of them in turn, before any is timed): until the JIT has
     * compiled the repository's path (thousands of calls, not tens) the ratio measures the interpreter,
     * not the floor.
     */
    static final Duration READ_WARM_UP = Duration.ofSeconds(5);
    static final int READ_RUNS = 201;
    static final double FLOOR_TARGET = 1.25;
    /** How many groups (and a client of each) the floor reads in turn, at most. */
    static final int FLOOR_INPUTS = 16;
    /** Appended to the repository's SQL where the floor runs it by hand. */
    private static final String BY_HAND = " -- mapped by hand";
    /**
     * When true, a size's screen times are added to those an earlier JVM of the same benchmark run wrote,
     * and the medians are taken over both: {@code ./mutual benchmark} measures every size's screens in two
     * JVMs, the sizes taking turns, because one JVM's render times moved by up to half from one run to the
     * next (while the rows read stayed the same), and a size measured alone at a bad moment made growth.
     */
    static final String POOL = "mutual.perf.screens.pool";

    /** The columns the homework repository reads, its answers (a MULTISET there) in one column here. */
    private static final String HOMEWORK = "h.id, h.batch_id, h.group_id, h.client_id, h.session_id, h.exercise_id, "
            + "h.title, h.instructions, h.due_on, h.status, h.reflection, h.feedback, h.submitted_at, h.reviewed_at, "
            + "h.reviewed_by, h.version, (select string_agg(a.answer_key || '=' || a.answer_value, ',') "
            + "from homework_answer a where a.homework_id = h.id)";

    @Autowired SessionRepository sessions;
    @Autowired MembershipRepository memberships;
    @Autowired HomeworkRepository homework;
    @Autowired AuditRepository audit;
    @Autowired DSLContext dsl;

    abstract String size();

    static void database(DynamicPropertyRegistry registry, String size) {
        Path dir = PerfResult.perfDir().resolve("db").resolve(size);
        registry.add("mutual.data-dir", dir::toString);
        registry.add("mutual.demo-data.enabled", () -> "false");
    }

    /** Runs only when the benchmark asks for this size and its practice was generated. */
    void requirePractice() {
        String sizes = System.getProperty("mutual.perf.sizes", "small,large");
        assumeThat(Arrays.asList(sizes.split(","))).as("sizes to benchmark").contains(size());
        assumeThat(PerfResult.perfDir().resolve("db").resolve(size()).resolve("mutual.mv.db")).exists();
    }

    @Test
    void screens() throws IOException {
        requirePractice();
        Practice practice = practice("");
        // Every screen a few times first, so no screen is timed while code it shares with the others is
        // still being compiled (this size may be the first the JVM runs).
        long warmUntil = System.nanoTime() + SCREENS_WARM_UP.toNanos();
        for (int i = 0; i < WARM_UP_ROUNDS || System.nanoTime() < warmUntil; i++) {
            for (Screen screen : Screen.values()) {
                timedRender(screen, practice);
            }
        }
        Path raw = PerfResult.perfDir().resolve("raw");
        Path file = raw.resolve("screens-" + size() + ".json");
        Map<String, Map<String, Object>> earlier = Boolean.getBoolean(POOL) && Files.exists(file)
                ? earlierRuns(file) : Map.of();
        StringBuilder json = new StringBuilder("[\n");
        StringBuilder statementTimes = new StringBuilder("screen\texecutions\tavg ms\tavg rows\tstatement\n");
        for (Screen screen : Screen.values()) {
            queryStatistics(true);
            long[] nanos = new long[RUNS];
            long[] cpuNanos = new long[RUNS];
            Render render = null;
            for (int i = 0; i < RUNS; i++) {
                render = timedRender(screen, practice);
                nanos[i] = render.nanos();
                cpuNanos[i] = render.cpuNanos();
            }
            statementTimes.append(queryStatistics(false).replaceAll("(?m)^(?=.)", screen.key() + "\t"));
            // Rows read are H2's own count (see RowsRead); growth is measured on H2.
            String rows = dsl.dialect().family() == SQLDialect.H2
                    ? ", \"rowsRead\": " + RowsRead.of(render.statements(), dsl, dataSource).total() : "";
            Map<String, Object> before = earlier.getOrDefault(screen.key(), Map.of());
            long[] allNanos = pooled(before.get("ms"), nanos);
            long[] allCpuNanos = pooled(before.get("cpuMs"), cpuNanos);
            int jvms = before.get("jvms") instanceof Double d ? d.intValue() + 1 : 1;
            json.append(String.format(Locale.ROOT, "  {\"screen\": %s, \"title\": %s, \"statements\": %d%s, "
                            + "\"medianMs\": %.3f, \"medianCpuMs\": %.3f, \"jvms\": %d, \"ms\": %s, "
                            + "\"cpuMs\": %s}%s%n", PerfResult.quote(screen.key()),
                    PerfResult.quote(screen.title()), render.statements().count(), rows, median(allNanos) / 1e6,
                    median(allCpuNanos) / 1e6, jvms, millis(allNanos), millis(allCpuNanos),
                    screen.ordinal() + 1 < Screen.values().length ? "," : ""));
        }
        Files.createDirectories(raw);
        Files.writeString(file, json.append("]\n"));
        Files.writeString(raw.resolve("statements-" + size() + ".tsv"), statementTimes);
    }

    /** Each screen's figures from an earlier JVM of this benchmark run, by screen. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> earlierRuns(Path file) throws IOException {
        Map<String, Map<String, Object>> byScreen = new HashMap<>();
        for (Object item : (List<Object>) new PerfReport.Json(Files.readString(file)).value()) {
            Map<String, Object> screen = (Map<String, Object>) item;
            byScreen.put((String) screen.get("screen"), screen);
        }
        return byScreen;
    }

    /** This JVM's times in nanoseconds after an earlier JVM's (milliseconds, as written), if any. */
    @SuppressWarnings("unchecked")
    private static long[] pooled(Object earlierMillis, long[] nanos) {
        List<Object> earlier = earlierMillis instanceof List<?> list ? (List<Object>) list : List.of();
        long[] all = new long[earlier.size() + nanos.length];
        for (int i = 0; i < earlier.size(); i++) {
            all[i] = Math.round((Double) earlier.get(i) * 1e6);
        }
        System.arraycopy(nanos, 0, all, earlier.size(), nanos.length);
        return all;
    }

    private static String millis(long[] nanos) {
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < nanos.length; i++) {
            list.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", nanos[i] / 1e6));
        }
        return list.append(']').toString();
    }

    /**
     * Switches H2's per-statement statistics on (which clears them) or reads and switches them off: what
     * each statement of a screen cost and how many rows it returned, to find which one grows with the data.
     */
    private String queryStatistics(boolean on) {
        if (dsl.dialect().family() != SQLDialect.H2) {
            return "";
        }
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            StringBuilder lines = new StringBuilder();
            if (!on) {
                try (ResultSet rs = s.executeQuery("select execution_count, average_execution_time, average_row_count, "
                        + "sql_statement from information_schema.query_statistics order by cumulative_execution_time desc")) {
                    while (rs.next()) {
                        lines.append(String.format(Locale.ROOT, "%d\t%.3f\t%.1f\t%s%n", rs.getLong(1), rs.getDouble(2),
                                rs.getDouble(3), rs.getString(4).replaceAll("\\s+", " ")));
                    }
                }
            }
            s.execute("set query_statistics " + on);
            return lines.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void floor() throws Exception {
        requirePractice();
        Practice practice = practice("");
        FloorInputs inputs = floorInputs(practice);
        long[] groups = inputs.groups();
        long[] clients = inputs.clients();
        Instant from = Instant.parse("2000-01-01T00:00:00Z");
        Instant to = Instant.parse("2100-01-01T00:00:00Z");
        List<Read> reads = new ArrayList<>();
        String sessionsSql = sentBy(() -> sessions.sessionsOfGroup(new GroupId(practice.group()), from, to));
        reads.add(new Read("sessions of a group", groups.length, "groups",
                i -> sessions.sessionsOfGroup(new GroupId(groups[i]), from, to).size(),
                i -> jdbc("select id, group_id, series_id, starts_at, ends_at, place, video_link, status, cancel_reason, "
                        + "moved, version from therapy_session where group_id = ? and starts_at >= ? and starts_at < ? "
                        + "order by starts_at, id", groups[i], Timestamp.from(from), Timestamp.from(to)),
                i -> byHand(sessionsSql, PracticeBenchmarkBase::session, groups[i],
                        from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))));
        reads.add(new Read("members of a group (with focus areas)", groups.length, "groups",
                i -> memberships.periodsOfGroup(new GroupId(groups[i])).size(),
                i -> jdbc("select m.id, m.group_id, m.client_id, m.joined_on, m.left_on, m.status, m.leave_reason, "
                        + "(select string_agg(f.focus_area, ',') from membership_focus f where f.membership_id = m.id), "
                        + "m.version from membership m where m.group_id = ? order by m.joined_on, m.id", groups[i])));
        String boardSql = sentBy(() -> homework.board(new GroupId(practice.group())));
        reads.add(new Read("homework board of a group", groups.length, "groups",
                i -> homework.board(new GroupId(groups[i])).size(),
                i -> jdbc("select " + HOMEWORK + " from homework h where h.group_id = ? "
                        + "order by h.due_on, h.batch_id, h.client_id", groups[i]),
                i -> byHand(boardSql, PracticeBenchmarkBase::homework, groups[i])));
        reads.add(new Read("a client's homework, first page", clients.length, "clients",
                i -> homework.ofClient(new ClientId(clients[i]), 0, 50).size(),
                i -> jdbc("select " + HOMEWORK + " from homework h where h.client_id = ? "
                        + "order by h.due_on desc, h.id desc offset 0 rows fetch next 50 rows only", clients[i])));
        // The log's first page up to a moment after its last entry, a different moment each call: the log
        // itself has no input to vary, and in use it changes with every screen, so H2 never has a copy.
        AuditQuery[] upTo = new AuditQuery[FLOOR_INPUTS];
        for (int i = 0; i < upTo.length; i++) {
            upTo[i] = new AuditQuery(null, null, null, null, null, null, to.plusSeconds(i));
        }
        reads.add(new Read("audit log, first page", upTo.length, "moments after its last entry",
                i -> audit.find(upTo[i], 0, 50).size(),
                i -> jdbc("select * from audit_entry where occurred_at < ? order by occurred_at desc, id desc "
                        + "offset 0 rows fetch next 50 rows only", upTo[i].until().atOffset(ZoneOffset.UTC))));
        // Every read in turn first, so none is timed while code it shares with the others (or the
        // application's start) is still being compiled: timed one after the other, the first read of each
        // JVM (the sessions) moved by 0.3 between runs, and so did its hand-mapped twin.
        long warmUntil = System.nanoTime() + READ_WARM_UP.toNanos() * reads.size();
        for (int call = 0; System.nanoTime() < warmUntil; call++) {
            for (Read read : reads) {
                read.runAll(call);
            }
        }
        List<PerfResult> results = new ArrayList<>();
        for (Read read : reads) {
            results.add(floor(read));
        }
        PerfResult.write("floor-" + size(), results);
    }

    /**
     * The groups the floor reads, each call the next, each with its member of lowest client id (for a
     * client's homework): the practice's group and up to fifteen more (seven on PostgreSQL, whose practice
     * has eight), in the order of their ids. H2 keeps the result of a statement's last run and hands a copy of
     * it back when the same statement runs again with the same values and its tables unchanged. Reading one
     * group over and over, the floor timed those copies, and not alike for every way of reading: the
     * hand-mapped read, on the repository's own statement, got a copy of the repository's result every time
     * (docs/performance.md, Floor, H2).
     */
    private FloorInputs floorInputs(Practice practice) throws SQLException {
        List<long[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select g.id, (select min(m.client_id) from membership m where m.group_id = g.id) from therapy_group g "
                        + "where exists (select 1 from therapy_session t where t.group_id = g.id) "
                        + "and exists (select 1 from membership m where m.group_id = g.id) "
                        + "order by case when g.id = ? then 0 else 1 end, g.id fetch first " + FLOOR_INPUTS
                        + " rows only")) {
            s.setLong(1, practice.group());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
        }
        return new FloorInputs(rows.stream().mapToLong(r -> r[0]).toArray(),
                rows.stream().mapToLong(r -> r[1]).toArray());
    }

    /** The groups the floor reads and a client of each, in the same order. */
    private record FloorInputs(long[] groups, long[] clients) {
    }

    /**
     * One read of the floor: through its repository, by hand-written JDBC, and optionally {@code byHand}:
     * the repository's own SQL on JDBC, mapped into the same domain objects by hand. Each takes the number
     * of the call and reads for input {@code call % inputs} (a group, a client or, for the audit log, a moment
     * it ends at), so no call repeats the one before it; the three read the same input within a round.
     */
    private record Read(String name, int inputs, String inputKind, IntUnaryOperator repository,
                        IntUnaryOperator jdbc, IntUnaryOperator byHand) {

        Read(String name, int inputs, String inputKind, IntUnaryOperator repository, IntUnaryOperator jdbc) {
            this(name, inputs, inputKind, repository, jdbc, null);
        }

        /** The rows each way for this call's input, which must be the same number. */
        int runAll(int call) {
            int input = call % inputs;
            int repositoryRows = repository.applyAsInt(input);
            int jdbcRows = jdbc.applyAsInt(input);
            int handRows = byHand == null ? jdbcRows : byHand.applyAsInt(input);
            if (repositoryRows != jdbcRows || handRows != jdbcRows) {
                throw new AssertionError(name + " of input " + input + ": repository " + repositoryRows
                        + " rows, JDBC " + jdbcRows + ", by hand " + handRows);
            }
            return repositoryRows;
        }
    }

    /**
     * Repository and JDBC alternate, so both see the same machine load, each reading the same input in a
     * round, first in turn; the ratio of their medians. The hand-mapped read, if any, takes its turn too and
     * its ratio goes into the detail: what building the domain objects costs on its own.
     */
    private PerfResult floor(Read read) {
        IntUnaryOperator repository = read.repository();
        IntUnaryOperator jdbc = read.jdbc();
        IntUnaryOperator byHand = read.byHand();
        int[] rows = new int[read.inputs()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = read.runAll(i);
        }
        long[] viaRepository = new long[READ_RUNS];
        long[] viaJdbc = new long[READ_RUNS];
        long[] viaHand = new long[READ_RUNS];
        int ways = byHand == null ? 2 : 3;
        for (int i = 0; i < READ_RUNS; i++) {
            int input = i % read.inputs();
            // Whichever way reads an input first finds less of its rows in the CPU's caches than those after
            // it: each way goes first in turn, for every input (the turn moves on after each pass over the
            // inputs too, or with two ways and an even number of inputs one way would always be first on
            // the same ones).
            int first = input + i / read.inputs();
            for (int k = 0; k < ways; k++) {
                int way = (first + k) % ways;
                long[] times = switch (way) {
                    case 0 -> viaRepository;
                    case 1 -> viaJdbc;
                    default -> viaHand;
                };
                long t0 = System.nanoTime();
                switch (way) {
                    case 0 -> repository.applyAsInt(input);
                    case 1 -> jdbc.applyAsInt(input);
                    default -> byHand.applyAsInt(input);
                }
                times[i] = System.nanoTime() - t0;
            }
        }
        double ratio = median(viaRepository) / median(viaJdbc);
        String hand = byHand == null ? "" : String.format(Locale.ROOT,
                "; its SQL mapped by hand into the same domain objects %.3f ms (%.2f× JDBC)",
                median(viaHand) / 1e6, median(viaHand) / median(viaJdbc));
        IntSummaryStatistics perInput = Arrays.stream(rows).summaryStatistics();
        String rowsRead = perInput.getMin() == perInput.getMax() ? perInput.getMin() + " rows"
                : perInput.getMin() + "–" + perInput.getMax() + " rows";
        String over = read.inputs() == 1 ? "" : " (" + read.inputs() + " " + read.inputKind() + " in turn)";
        return new PerfResult("floor." + read.name() + " (" + size() + ")", ratio, "× JDBC", "≤ " + FLOOR_TARGET,
                ratio <= FLOOR_TARGET, String.format(Locale.ROOT, "%s%s: repository %.3f ms, JDBC %.3f ms%s",
                        rowsRead, over, median(viaRepository) / 1e6, median(viaJdbc) / 1e6, hand));
    }

    /** The SQL of the one statement {@code read} sends. */
    private static String sentBy(Runnable read) {
        List<String> sent = StatementCount.during(read).statements();
        if (sent.size() != 1) {
            throw new AssertionError("one statement expected, sent " + sent);
        }
        return sent.getFirst();
    }

    /** The rows of {@code sql}, each mapped by {@code mapper} as a hand-written repository would. */
    private int byHand(String sql, JdbcMapper<?> mapper, Object... parameters) {
        // A statement of its own for H2 (the text differs), or H2 would hand it a copy of the result the
        // repository's read of the same input has just left on their shared statement.
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql + BY_HAND)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<Object> read = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    read.add(mapper.map(rs));
                }
            }
            return read.size();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface JdbcMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** A session from the columns of SessionRepository's read, in its order. */
    private static Session session(ResultSet rs) throws SQLException {
        long series = rs.getLong(3);
        SeriesId seriesId = rs.wasNull() ? null : new SeriesId(series);
        return new Session(new SessionId(rs.getLong(1)), new GroupId(rs.getLong(2)), seriesId,
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getObject(5, OffsetDateTime.class).toInstant(),
                new SessionLocation(rs.getString(6), rs.getString(7)), SessionStatus.valueOf(rs.getString(8)),
                rs.getString(9), rs.getBoolean(10), rs.getInt(11));
    }

    /** A homework from the columns of HomeworkRepository's board, in its order (answers last). */
    private static Homework homework(ResultSet rs) throws SQLException {
        long session = rs.getLong(5);
        SessionId sessionId = rs.wasNull() ? null : new SessionId(session);
        long exercise = rs.getLong(6);
        ExerciseId exerciseId = rs.wasNull() ? null : new ExerciseId(exercise);
        long reviewer = rs.getLong(15);
        UserId reviewedBy = rs.wasNull() ? null : new UserId(reviewer);
        Map<String, String> answers = Map.of();
        java.sql.Array pairs = rs.getArray(17);
        if (pairs != null) {
            answers = new HashMap<>();
            for (Object pair : (Object[]) pairs.getArray()) {
                String text = (String) pair;
                answers.put(text.substring(0, text.indexOf('=')), text.substring(text.indexOf('=') + 1));
            }
            pairs.free();
        }
        OffsetDateTime submitted = rs.getObject(13, OffsetDateTime.class);
        OffsetDateTime reviewed = rs.getObject(14, OffsetDateTime.class);
        return new Homework(new HomeworkId(rs.getLong(1)), new AssignmentBatchId(rs.getLong(2)),
                new GroupId(rs.getLong(3)), new ClientId(rs.getLong(4)), sessionId, exerciseId, rs.getString(7),
                rs.getString(8), rs.getObject(9, LocalDate.class), HomeworkStatus.valueOf(rs.getString(10)),
                rs.getString(11), answers, rs.getString(12), submitted == null ? null : submitted.toInstant(),
                reviewed == null ? null : reviewed.toInstant(), reviewedBy, rs.getInt(16));
    }

    /** The rows of a hand-written query, every column read as the repository would. */
    private int jdbc(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            int rows = 0;
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<Object[]> read = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    read.add(row);
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
