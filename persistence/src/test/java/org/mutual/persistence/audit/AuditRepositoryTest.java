package org.mutual.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditQuery;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.jooq.Tables;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class AuditRepositoryTest {

    static final ZoneId PRACTICE = ZoneId.of("Europe/Berlin");

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    JooqAuditRepository audit;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        audit = new JooqAuditRepository(dsl);
    }

    @Test
    void entries_read_back_newest_first() {
        audit.append(new AuditEntry(Instant.parse("2026-01-01T10:00:00Z"), new UserId(7), "therapist",
                "group.create", "group", "1", AuditOutcome.ALLOWED));
        audit.append(new AuditEntry(Instant.parse("2026-01-01T11:00:00Z"), null, "anonymous",
                "group.read", "group", "1", AuditOutcome.DENIED));

        assertThat(audit.count()).isEqualTo(2);
        assertThat(audit.latest(0, 10)).extracting(AuditEntry::action).containsExactly("group.read", "group.create");
        assertThat(audit.latest(0, 10).getFirst().actorId()).isNull();
        assertThat(audit.latest(0, 10).getLast().at()).isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
    }

    @Test
    void many_entries_are_appended_in_one_statement() {
        QueryCounter queries = new QueryCounter();
        JooqAuditRepository counted = new JooqAuditRepository(queries.counting(dsl));
        Instant at = Instant.parse("2026-01-01T10:00:00Z");
        counted.appendAll(java.util.List.of(
                new AuditEntry(at, new UserId(7), "therapist", "note.read", "note", "note:1", AuditOutcome.ALLOWED),
                new AuditEntry(at, new UserId(7), "therapist", "note.read", "note", "note:2", AuditOutcome.ALLOWED),
                new AuditEntry(at, null, "anonymous", "note.read", "note", "note:3", AuditOutcome.ALLOWED)));

        assertThat(queries.count()).isEqualTo(1);
        assertThat(audit.latest(0, 10)).extracting(AuditEntry::recordId)
                .containsExactlyInAnyOrder("note:1", "note:2", "note:3");
    }

    @Test
    void the_database_refuses_to_update_or_delete_audit_entries() {
        audit.append(new AuditEntry(Instant.now(), new UserId(7), "therapist", "group.create", "group", "1",
                AuditOutcome.ALLOWED));
        long id = dsl.select(Tables.AUDIT_ENTRY.ID).from(Tables.AUDIT_ENTRY).fetchSingle().value1();

        assertThatThrownBy(() -> dsl.update(Tables.AUDIT_ENTRY).set(Tables.AUDIT_ENTRY.OUTCOME, "DENIED").execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.update(Tables.AUDIT_ENTRY).set(Tables.AUDIT_ENTRY.ACTOR_NAME, "someone-else")
                .where(Tables.AUDIT_ENTRY.ID.eq(id)).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.deleteFrom(Tables.AUDIT_ENTRY).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.deleteFrom(Tables.AUDIT_ENTRY).where(Tables.AUDIT_ENTRY.ID.eq(id)).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(audit.latest(0, 10)).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
            assertThat(e.actorName()).isEqualTo("therapist");
        });
    }

    @Test
    void postgres_also_refuses_to_truncate_the_audit_table() {
        org.junit.jupiter.api.Assumptions.assumeTrue(database == TestDatabase.POSTGRES,
                "H2 has no truncate triggers; its TRUNCATE needs an admin right the application never uses");
        audit.append(new AuditEntry(Instant.now(), new UserId(7), "therapist", "group.create", "group", "1",
                AuditOutcome.ALLOWED));

        assertThatThrownBy(() -> dsl.truncate(Tables.AUDIT_ENTRY).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(audit.count()).isEqualTo(1);
    }

    @Test
    void filters_by_actor() {
        sample();

        List<AuditEntry> found = audit.find(new AuditQuery("cotherapist", null, null, null, null, null, null), 0, 10);

        assertThat(found).extracting(AuditEntry::actorName).containsOnly("cotherapist").hasSize(2);
        assertThat(found).extracting(AuditEntry::action).containsExactly("note.read", "homework.read");
        assertThat(audit.count(new AuditQuery("cotherapist", null, null, null, null, null, null))).isEqualTo(2);
        assertThat(audit.find(new AuditQuery("anonymous", null, null, null, null, null, null), 0, 10))
                .extracting(AuditEntry::action).containsExactly("route.open");
    }

    @Test
    void filters_by_action() {
        sample();

        AuditQuery noteReads = new AuditQuery(null, "note.read", null, null, null, null, null);

        assertThat(audit.find(noteReads, 0, 10)).extracting(AuditEntry::actorName)
                .containsExactly("cotherapist", "admin", "therapist");
        assertThat(audit.count(noteReads)).isEqualTo(3);
    }

    @Test
    void filters_by_record_type_alone_or_with_its_id() {
        sample();

        AuditQuery oneHomework = new AuditQuery(null, null, "homework", "42", null, null, null);
        AuditQuery allHomework = new AuditQuery(null, null, "homework", null, null, null, null);

        assertThat(audit.find(oneHomework, 0, 10)).extracting(AuditEntry::recordId).containsExactly("42", "42");
        assertThat(audit.count(oneHomework)).isEqualTo(2);
        assertThat(audit.find(allHomework, 0, 10)).extracting(AuditEntry::recordId).containsExactly("43", "42", "42");
        assertThat(audit.count(allHomework)).isEqualTo(3);
    }

    @Test
    void filters_by_outcome() {
        sample();

        AuditQuery denied = new AuditQuery(null, null, null, null, AuditOutcome.DENIED, null, null);

        assertThat(audit.find(denied, 0, 10)).extracting(AuditEntry::actorName)
                .containsExactly("anonymous", "admin", "client2");
        assertThat(audit.count(denied)).isEqualTo(3);
    }

    @Test
    void filters_by_whole_days_in_the_practice_time_zone() {
        sample();

        // 2026-03-02 in Berlin is 2026-03-01T23:00Z up to 2026-03-02T23:00Z.
        AuditQuery secondOfMarch = AuditQuery.of(null, null, null, null, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 2), PRACTICE);
        AuditQuery fromSecond = AuditQuery.of(null, null, null, null, LocalDate.of(2026, 3, 2), null, PRACTICE);
        AuditQuery untilFirst = AuditQuery.of(null, null, null, null, null, LocalDate.of(2026, 3, 1), PRACTICE);

        assertThat(audit.find(secondOfMarch, 0, 10)).extracting(AuditEntry::at).containsExactly(
                Instant.parse("2026-03-02T22:59:59Z"), Instant.parse("2026-03-02T09:00:00Z"),
                Instant.parse("2026-03-01T23:00:00Z"));
        assertThat(audit.count(secondOfMarch)).isEqualTo(3);
        assertThat(audit.count(fromSecond)).isEqualTo(5);
        assertThat(audit.find(untilFirst, 0, 10)).extracting(AuditEntry::at).containsExactly(
                Instant.parse("2026-03-01T22:59:59Z"), Instant.parse("2026-03-01T09:00:00Z"));
    }

    @Test
    void filters_combine() {
        sample();

        AuditQuery q = AuditQuery.of("admin", "note.read", "note:7", AuditOutcome.DENIED, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 3), PRACTICE);

        assertThat(audit.find(q, 0, 10)).singleElement().satisfies(e -> {
            assertThat(e.actorName()).isEqualTo("admin");
            assertThat(e.recordId()).isEqualTo("7");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
        assertThat(audit.count(q)).isEqualTo(1);
    }

    @Test
    void pages_follow_each_other_without_gaps_or_repeats_even_when_entries_share_a_time() {
        Instant same = Instant.parse("2026-03-02T09:00:00Z");
        for (int i = 0; i < 25; i++) {
            audit.append(new AuditEntry(same, new UserId(1), "admin", "group.read", "group", String.valueOf(i),
                    AuditOutcome.ALLOWED));
        }
        audit.append(new AuditEntry(same.plusSeconds(1), new UserId(1), "admin", "group.read", "group", "newest",
                AuditOutcome.ALLOWED));
        AuditQuery q = new AuditQuery("admin", null, null, null, null, null, null);

        List<String> pages = new java.util.ArrayList<>();
        for (int offset = 0; offset < 26; offset += 10) {
            pages.addAll(audit.find(q, offset, 10).stream().map(AuditEntry::recordId).toList());
        }

        assertThat(pages).hasSize(26).doesNotHaveDuplicates();
        assertThat(pages.getFirst()).isEqualTo("newest");
        assertThat(pages.subList(1, 26)).containsExactly(java.util.stream.IntStream.range(0, 25)
                .mapToObj(i -> String.valueOf(24 - i)).toArray(String[]::new));
        assertThat(audit.find(q, 20, 10)).hasSize(6);
        assertThat(audit.count(q)).isEqualTo(26);
    }

    @Test
    void a_page_and_its_count_are_one_statement_each() {
        sample();
        QueryCounter counter = new QueryCounter();
        JooqAuditRepository counted = new JooqAuditRepository(counter.counting(dsl));
        AuditQuery q = AuditQuery.of("admin", "note.read", "note:7", AuditOutcome.DENIED, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 3), PRACTICE);

        counted.find(q, 0, 50);
        assertThat(counter.count()).isEqualTo(1);
        counted.count(q);
        assertThat(counter.count()).isEqualTo(2);
    }

    @Test
    void each_filter_is_answered_from_its_index() {
        for (int i = 0; i < 200; i++) {
            audit.append(new AuditEntry(Instant.parse("2026-03-02T09:00:00Z").plusSeconds(i), new UserId(i % 7 + 1),
                    "user" + i % 7, "action." + i % 11, "type" + i % 5, String.valueOf(i), i % 3 == 0
                            ? AuditOutcome.DENIED : AuditOutcome.ALLOWED));
        }
        if (database == TestDatabase.POSTGRES) {
            dsl.execute("analyze audit_entry");
        }
        assertUsesIndex(new AuditQuery("user3", null, null, null, null, null, null), "audit_entry_actor_name_ix");
        assertUsesIndex(new AuditQuery(null, "action.4", null, null, null, null, null), "audit_entry_action_ix");
        assertUsesIndex(new AuditQuery(null, null, "type2", "7", null, null, null), "audit_entry_record_ix");
        assertUsesIndex(new AuditQuery(null, null, null, null, AuditOutcome.DENIED, null, null),
                "audit_entry_outcome_ix");
        assertUsesIndex(new AuditQuery(null, null, null, null, null, Instant.parse("2026-03-02T09:01:00Z"),
                Instant.parse("2026-03-02T09:02:00Z")), "audit_entry_time_ix");
    }

    /** The plan of the page query; PostgreSQL is told to avoid full scans, as it would on a large table. */
    private void assertUsesIndex(AuditQuery query, String index) {
        JooqAuditRepository explained = new JooqAuditRepository(dsl);
        String sql = explained.pageSql(query, 0, 50);
        String plan = dsl.transactionResult(c -> {
            if (database == TestDatabase.POSTGRES) {
                c.dsl().execute("set local enable_seqscan = off");
            }
            return c.dsl().fetch("explain " + sql).format();
        });
        assertThat(plan).as(query.summary()).containsIgnoringCase(index);
        assertThat(explained.find(query, 0, 50)).isNotEmpty();
    }

    /** Ten entries over two days in Berlin time; the newest first is the order every test expects. */
    private void sample() {
        add("2026-03-01T09:00:00Z", "therapist", "note.read", "note", "7", AuditOutcome.ALLOWED);
        add("2026-03-01T22:59:59Z", "client2", "homework.read", "homework", "42", AuditOutcome.DENIED);
        add("2026-03-01T23:00:00Z", "client", "homework.read", "homework", "42", AuditOutcome.ALLOWED);
        add("2026-03-02T09:00:00Z", "admin", "note.read", "note", "7", AuditOutcome.DENIED);
        add("2026-03-02T22:59:59Z", "cotherapist", "homework.read", "homework", "43", AuditOutcome.ALLOWED);
        add("2026-03-02T23:00:00Z", "cotherapist", "note.read", "note", "8", AuditOutcome.ALLOWED);
        audit.append(new AuditEntry(Instant.parse("2026-03-03T08:00:00Z"), null, "anonymous", "route.open", "route",
                "/admin/audit", AuditOutcome.DENIED));
    }

    private void add(String at, String actor, String action, String type, String id, AuditOutcome outcome) {
        audit.append(new AuditEntry(Instant.parse(at), new UserId(actor.length()), actor, action, type, id, outcome));
    }
}
