package org.mutual.persistence.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class PracticeGeneratorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Parameter
    TestDatabase database;

    @Test
    void writes_the_practice_its_size_describes_and_the_application_keeps_inserting_after_it() {
        DataSource ds = database.create();
        List<String> progress = new ArrayList<>();
        PracticeGenerator.Result result = new PracticeGenerator(ds)
                .generate(PracticeSize.TINY, 7, TODAY, ZONE, "{noop}x", progress::add);

        PracticeSize size = PracticeSize.TINY;
        Map<String, Long> rows = result.rows();
        assertThat(rows).containsEntry("app_user", 1L + size.therapists() + size.clients())
                .containsEntry("therapy_group", (long) size.groups())
                .containsEntry("client", (long) size.clients())
                .containsEntry("therapy_session", (long) size.sessions())
                .containsEntry("session_note", (long) size.notes())
                .containsEntry("exercise_record", (long) size.exerciseRecords())
                .containsEntry("homework", (long) size.homework());
        DSLContext dsl = database.dsl(ds);
        assertThat(count(dsl, "select count(*) from therapy_session where status = 'HELD'"))
                .isEqualTo((long) size.groups() * size.heldSessions());
        assertThat(count(dsl, "select count(*) from session_note where status = 'DRAFT'"))
                .isEqualTo(size.groups() * 2L * (1 + size.progressNotes()));
        assertThat(count(dsl, "select count(distinct status) from homework")).isEqualTo(3L);
        assertThat(progress.getLast()).startsWith("generated tiny practice");

        // The identities moved past the generated ids: a normal insert gets the next one.
        long maxUser = count(dsl, "select max(id) from app_user");
        dsl.execute("insert into app_user (username, display_name, email, role, created_at) "
                + "values ('late', 'Late', 'late@x.example', 'CLIENT', current_timestamp)");
        assertThat(count(dsl, "select id from app_user where username = 'late'")).isEqualTo(maxUser + 1);
    }

    @Test
    void the_same_seed_gives_the_same_practice_and_a_used_database_is_refused() {
        DataSource first = database.create();
        DataSource second = database.create();
        new PracticeGenerator(first).generate(PracticeSize.TINY, 7, TODAY, ZONE, null, line -> { });
        new PracticeGenerator(second).generate(PracticeSize.TINY, 7, TODAY, ZONE, null, line -> { });

        String digest = "select id, group_id, starts_at, status from therapy_session order by id";
        assertThat(database.dsl(second).fetch(digest).intoMaps()).isEqualTo(database.dsl(first).fetch(digest).intoMaps());
        String homework = "select id, client_id, status, due_on from homework order by id";
        assertThat(database.dsl(second).fetch(homework).intoMaps())
                .isEqualTo(database.dsl(first).fetch(homework).intoMaps());

        assertThatThrownBy(() -> new PracticeGenerator(first).generate(PracticeSize.TINY, 7, TODAY, ZONE, null, l -> { }))
                .hasMessageContaining("already has accounts");
    }

    @Test
    void writes_the_same_rows_as_ever_for_a_seed_and_day() throws SQLException {
        DataSource ds = database.create();
        PracticeGenerator.Result result = new PracticeGenerator(ds)
                .generate(PracticeSize.TINY, 7, TODAY, ZONE, "{noop}x", line -> { });

        Map<String, String> fingerprints = new TreeMap<>();
        for (String table : result.rows().keySet()) {
            fingerprints.put(table, fingerprint(ds, table));
        }
        assertThat(fingerprints).isEqualTo(TINY_SEED_7);
    }

    @Test
    void leaves_the_schema_and_settings_as_the_migrations_made_them() {
        DataSource ds = database.create();
        DSLContext dsl = database.dsl(ds);
        String constraints = "select table_name, constraint_name, constraint_type from information_schema.table_constraints "
                + "where lower(table_schema) = 'public' order by 1, 2";
        String indexes = database == TestDatabase.H2
                ? "select table_name, index_name from information_schema.indexes where not is_generated order by 1, 2"
                : "select tablename, indexname from pg_indexes where schemaname = 'public' order by 1, 2";
        String settings = database == TestDatabase.H2
                ? "select setting_name, setting_value from information_schema.settings "
                        + "where setting_name in ('WRITE_DELAY', 'info.CACHE_MAX_SIZE') order by 1"
                : "select 1";
        var constraintsBefore = dsl.fetch(constraints).intoMaps();
        var indexesBefore = dsl.fetch(indexes).intoMaps();
        var settingsBefore = dsl.fetch(settings).intoMaps();

        new PracticeGenerator(ds).generate(PracticeSize.TINY, 7, TODAY, ZONE, null, line -> { });

        assertThat(dsl.fetch(constraints).intoMaps()).isEqualTo(constraintsBefore).hasSizeGreaterThan(30);
        assertThat(dsl.fetch(indexes).intoMaps()).isEqualTo(indexesBefore).hasSizeGreaterThan(20);
        assertThat(dsl.fetch(settings).intoMaps()).isEqualTo(settingsBefore);
        // The foreign keys hold again: a note of a session that isn't there is refused.
        assertThatThrownBy(() -> dsl.execute("insert into session_note (session_id, client_key, text, status, author_id, "
                + "updated_at) values (999999, 0, 'x', 'DRAFT', 1, current_timestamp)"))
                .satisfies(e -> assertThat(e.getMessage().toLowerCase(Locale.ROOT))
                        .containsAnyOf("referential integrity", "foreign key"));
    }

    /**
     * Every table's rows and a digest of their values, taken from the generator before it was made
     * faster: the same seed and day must keep giving exactly these rows, on either database.
     */
    static final Map<String, String> TINY_SEED_7 = Map.ofEntries(
            Map.entry("app_user", "19 87cc47263141572d"),
            Map.entry("attendance", "192 23079f86b8480eff"),
            Map.entry("audit_entry", "48 e763932d8bd6e51f"),
            Map.entry("client", "16 6fe104f34e33ed9a"),
            Map.entry("exercise", "8 d4dc1703d5920453"),
            Map.entry("exercise_record", "96 b6fb30633d2dbe8a"),
            Map.entry("group_facilitator", "6 cabce75a5d7102dd"),
            Map.entry("homework", "64 48be745619c30795"),
            Map.entry("homework_batch", "16 e0f11be828ffee5d"),
            Map.entry("membership", "16 6383d0f0583b31ab"),
            Map.entry("membership_focus", "16 f58fa8335c931cb0"),
            Map.entry("plan_item", "104 b15ce2b80db620fe"),
            Map.entry("session_note", "144 94a46d9efa0966ec"),
            Map.entry("session_series", "4 f4ecb0090643b5dd"),
            Map.entry("therapy_group", "4 d698ef9edec3dba9"),
            Map.entry("therapy_session", "56 9cc8e513d31da986"));

    /** The table's row count and a SHA-256 over its rows, each row's values in a vendor-neutral form, sorted. */
    private static String fingerprint(DataSource ds, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select * from " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(meta.getColumnLabel(i).toLowerCase(Locale.ROOT)).append('=')
                            .append(value(rs, i, meta.getColumnTypeName(i).toLowerCase(Locale.ROOT))).append('|');
                }
                rows.add(row.toString());
            }
        }
        Collections.sort(rows);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            rows.forEach(row -> sha.update((row + "\n").getBytes(StandardCharsets.UTF_8)));
            return rows.size() + " " + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String value(ResultSet rs, int column, String type) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return "null";
        }
        if (type.contains("time zone") || type.equals("timestamptz")) {
            return rs.getObject(column, OffsetDateTime.class).toInstant().toString();
        }
        if (type.equals("time") || type.startsWith("time ")) {
            return rs.getObject(column, LocalTime.class).toString();
        }
        if (type.equals("date")) {
            return rs.getObject(column, LocalDate.class).toString();
        }
        if (value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return rs.getString(column);
    }

    private static long count(DSLContext dsl, String sql) {
        return dsl.fetchOne(sql).get(0, Long.class);
    }
}
