package org.mutual.persistence.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private static long count(DSLContext dsl, String sql) {
        return dsl.fetchOne(sql).get(0, Long.class);
    }
}
