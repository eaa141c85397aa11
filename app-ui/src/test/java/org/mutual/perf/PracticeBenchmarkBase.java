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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.mutual.domain.audit.AuditQuery;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.homework.HomeworkRepository;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.session.SessionRepository;
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
     * Each read is warmed up for this long before it is timed: the repository's path through jOOQ is far
     * longer than a hand-written loop over a result set, and until the JIT has compiled it (thousands of
     * calls, not tens) the ratio measures the interpreter, not the floor.
     */
    static final Duration READ_WARM_UP = Duration.ofSeconds(5);
    static final int READ_RUNS = 201;
    static final double FLOOR_TARGET = 1.25;

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
            json.append(String.format(Locale.ROOT, "  {\"screen\": %s, \"title\": %s, \"statements\": %d%s, "
                            + "\"medianMs\": %.3f, \"medianCpuMs\": %.3f}%s%n", PerfResult.quote(screen.key()),
                    PerfResult.quote(screen.title()), render.statements().count(), rows, median(nanos) / 1e6,
                    median(cpuNanos) / 1e6,
                    screen.ordinal() + 1 < Screen.values().length ? "," : ""));
        }
        Path raw = PerfResult.perfDir().resolve("raw");
        Files.createDirectories(raw);
        Files.writeString(raw.resolve("screens-" + size() + ".json"), json.append("]\n"));
        Files.writeString(raw.resolve("statements-" + size() + ".tsv"), statementTimes);
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
        GroupId group = new GroupId(practice.group());
        ClientId client = new ClientId(practice.client());
        Instant from = Instant.parse("2000-01-01T00:00:00Z");
        Instant to = Instant.parse("2100-01-01T00:00:00Z");
        List<PerfResult> results = new ArrayList<>();
        results.add(floor("sessions of a group", () -> sessions.sessionsOfGroup(group, from, to).size(),
                () -> jdbc("select id, group_id, series_id, starts_at, ends_at, place, video_link, status, cancel_reason, "
                        + "moved, version from therapy_session where group_id = ? and starts_at >= ? and starts_at < ? "
                        + "order by starts_at, id", practice.group(), Timestamp.from(from), Timestamp.from(to))));
        results.add(floor("members of a group (with focus areas)", () -> memberships.periodsOfGroup(group).size(),
                () -> jdbc("select m.id, m.group_id, m.client_id, m.joined_on, m.left_on, m.status, m.leave_reason, "
                        + "(select string_agg(f.focus_area, ',') from membership_focus f where f.membership_id = m.id), "
                        + "m.version from membership m where m.group_id = ? order by m.joined_on, m.id", practice.group())));
        results.add(floor("homework board of a group", () -> homework.board(group).size(),
                () -> jdbc("select " + HOMEWORK + " from homework h where h.group_id = ? "
                        + "order by h.due_on, h.batch_id, h.client_id", practice.group())));
        results.add(floor("a client's homework, first page", () -> homework.ofClient(client, 0, 50).size(),
                () -> jdbc("select " + HOMEWORK + " from homework h where h.client_id = ? "
                        + "order by h.due_on desc, h.id desc offset 0 rows fetch next 50 rows only", practice.client())));
        results.add(floor("audit log, first page", () -> audit.find(AuditQuery.ALL, 0, 50).size(),
                () -> jdbc("select * from audit_entry order by occurred_at desc, id desc "
                        + "offset 0 rows fetch next 50 rows only")));
        PerfResult.write("floor-" + size(), results);
    }

    /** Repository and JDBC alternate, so both see the same machine load; the ratio of their medians. */
    private PerfResult floor(String read, Supplier<Integer> repository, Supplier<Integer> jdbc) {
        int repositoryRows = repository.get();
        int jdbcRows = jdbc.get();
        if (repositoryRows != jdbcRows) {
            throw new AssertionError(read + ": repository " + repositoryRows + " rows, JDBC " + jdbcRows);
        }
        long warmUntil = System.nanoTime() + READ_WARM_UP.toNanos();
        while (System.nanoTime() < warmUntil) {
            repository.get();
            jdbc.get();
        }
        long[] viaRepository = new long[READ_RUNS];
        long[] viaJdbc = new long[READ_RUNS];
        for (int i = 0; i < READ_RUNS; i++) {
            long t0 = System.nanoTime();
            repository.get();
            long t1 = System.nanoTime();
            jdbc.get();
            viaJdbc[i] = System.nanoTime() - t1;
            viaRepository[i] = t1 - t0;
        }
        double ratio = median(viaRepository) / median(viaJdbc);
        return new PerfResult("floor." + read + " (" + size() + ")", ratio, "× JDBC", "≤ " + FLOOR_TARGET,
                ratio <= FLOOR_TARGET, String.format(Locale.ROOT, "%d rows: repository %.3f ms, JDBC %.3f ms",
                        repositoryRows, median(viaRepository) / 1e6, median(viaJdbc) / 1e6));
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
