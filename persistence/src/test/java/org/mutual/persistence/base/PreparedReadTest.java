package org.mutual.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutual.persistence.jooq.Tables.AUDIT_ENTRY;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.persistence.support.PooledDatabase;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class PreparedReadTest {

    static final OffsetDateTime NINE = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 123_456_000, ZoneOffset.UTC);

    static final Param<String> ACTOR = DSL.param("actor", String.class);
    static final Param<String> ACTION = DSL.param("action", String.class);
    static final Param<OffsetDateTime> FROM = DSL.param("from", OffsetDateTime.class);
    static final Param<Integer> LIMIT = DSL.param("limit", Integer.class);

    /** Every action of the entry's actor, as an array (null when there is none: only bruno's own). */
    static final Field<String[]> ACTIONS_OF_ACTOR = DSL.field(DSL.select(DSL.arrayAgg(DSL.field("a.action",
                    String.class)).orderBy(DSL.field("a.action")))
            .from(AUDIT_ENTRY.as("a"))
            .where(DSL.field("a.actor_name", String.class).eq(AUDIT_ENTRY.ACTOR_NAME)
                    .and(DSL.field("a.actor_name", String.class).ne("bruno")))).as("actions");

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    QueryCounter queries = new QueryCounter();

    @BeforeEach
    void setUp() {
        dsl = queries.counting(database.dsl(database.create()));
        entry(NINE, 7L, "alice", "note.read", "ALLOWED");
        entry(NINE.plusMinutes(1), null, "anonymous", "note.read", "DENIED");
        entry(NINE.plusMinutes(2), 7L, "alice", "homework.review", "ALLOWED");
        entry(NINE.plusMinutes(3), 8L, "bruno", "note.read", "ALLOWED");
    }

    void entry(OffsetDateTime at, Long actorId, String actor, String action, String outcome) {
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.OCCURRED_AT, at)
                .set(AUDIT_ENTRY.ACTOR_ID, actorId)
                .set(AUDIT_ENTRY.ACTOR_NAME, actor)
                .set(AUDIT_ENTRY.ACTION, action)
                .set(AUDIT_ENTRY.RECORD_TYPE, "note")
                .set(AUDIT_ENTRY.RECORD_ID, "1")
                .set(AUDIT_ENTRY.OUTCOME, outcome)
                .execute();
    }

    @Test
    void values_bind_in_the_order_they_are_declared_around_the_constants_of_the_query() {
        // In the SQL: outcome constant, action, actor, from, limit; declared: limit, actor, from, action.
        PreparedRead<String> read = PreparedRead.of(dsl, dsl.select(AUDIT_ENTRY.ACTOR_NAME)
                        .from(AUDIT_ENTRY)
                        .where(AUDIT_ENTRY.OUTCOME.eq("ALLOWED"))
                        .and(AUDIT_ENTRY.ACTION.eq(ACTION))
                        .and(AUDIT_ENTRY.ACTOR_NAME.ne(ACTOR))
                        .and(AUDIT_ENTRY.OCCURRED_AT.ge(FROM))
                        .orderBy(AUDIT_ENTRY.OCCURRED_AT)
                        .limit(LIMIT),
                row -> row.get(AUDIT_ENTRY.ACTOR_NAME), LIMIT, ACTOR, FROM, ACTION);

        assertThat(read.fetch(10, "nobody", NINE, "note.read")).containsExactly("alice", "bruno");
        assertThat(read.fetch(1, "nobody", NINE, "note.read")).containsExactly("alice");
        assertThat(read.fetch(10, "alice", NINE, "note.read")).containsExactly("bruno");
        assertThat(read.fetch(10, "nobody", NINE.plusSeconds(1), "note.read")).containsExactly("bruno");
        assertThat(read.fetch(10, "nobody", NINE, "homework.review")).containsExactly("alice");
    }

    @Test
    void every_column_is_read_as_jooq_reads_it_nulls_timestamps_and_arrays_included() {
        Select<?> select = dsl.select(AUDIT_ENTRY.fields()).select(ACTIONS_OF_ACTOR)
                .from(AUDIT_ENTRY)
                .orderBy(AUDIT_ENTRY.ID);
        List<Field<?>> columns = select.getSelect();
        PreparedRead<List<Object>> read = PreparedRead.of(dsl, select, row -> {
            List<Object> values = new ArrayList<>();
            columns.forEach(column -> values.add(row.get(column)));
            return values;
        });

        List<List<Object>> prepared = read.fetch();
        List<List<Object>> byJooq = select.fetch().stream().map(Record::intoList).toList();

        assertThat(prepared).hasSize(4);
        for (int i = 0; i < prepared.size(); i++) {
            List<Object> row = prepared.get(i);
            List<Object> expected = byJooq.get(i);
            assertThat(row.subList(0, row.size() - 1)).as("row %d", i)
                    .isEqualTo(expected.subList(0, expected.size() - 1));
            assertThat((String[]) row.getLast()).isEqualTo((String[]) expected.getLast());
        }
        assertThat(prepared.get(1).get(columns.indexOf(AUDIT_ENTRY.ACTOR_ID))).isNull();
        assertThat(prepared.getFirst().get(columns.indexOf(AUDIT_ENTRY.OCCURRED_AT))).isEqualTo(NINE);
        assertThat(Arrays.asList((String[]) prepared.getFirst().getLast())).containsExactly("homework.review",
                "note.read");
        assertThat(prepared.getLast().getLast()).isNull();
    }

    @Test
    void a_mapper_gets_each_columns_value_however_it_asks_for_them() {
        Select<?> select = dsl.select(AUDIT_ENTRY.fields()).from(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ID);
        // Backwards, the action twice, the id and the record columns skipped, the actor's name by an equal
        // column that is not the same object.
        PreparedRead<List<Object>> outOfOrder = PreparedRead.of(dsl, select, r -> Arrays.asList(
                r.getString(AUDIT_ENTRY.OUTCOME), r.getString(AUDIT_ENTRY.ACTION), r.getString(AUDIT_ENTRY.ACTION),
                r.getString(DSL.field(DSL.name("audit_entry", "actor_name"), String.class)),
                r.getLongOrNull(AUDIT_ENTRY.ACTOR_ID), r.getTimestamp(AUDIT_ENTRY.OCCURRED_AT)));
        // On the row without an actor it asks for other columns than on the others (a row remembers the
        // order in which the mapper asked for the columns on the first row).
        PreparedRead<String> byRow = PreparedRead.of(dsl, select, r -> r.getLongOrNull(AUDIT_ENTRY.ACTOR_ID) == null
                ? r.getString(AUDIT_ENTRY.OUTCOME) + " " + r.getString(AUDIT_ENTRY.ACTION)
                : r.getString(AUDIT_ENTRY.ACTOR_NAME) + " " + r.getTimestamp(AUDIT_ENTRY.OCCURRED_AT).getMinute());

        assertThat(outOfOrder.fetch()).containsExactly(
                Arrays.asList("ALLOWED", "note.read", "note.read", "alice", 7L, NINE),
                Arrays.asList("DENIED", "note.read", "note.read", "anonymous", null, NINE.plusMinutes(1)),
                Arrays.asList("ALLOWED", "homework.review", "homework.review", "alice", 7L, NINE.plusMinutes(2)),
                Arrays.asList("ALLOWED", "note.read", "note.read", "bruno", 8L, NINE.plusMinutes(3)));
        assertThat(byRow.fetch()).containsExactly("alice 0", "DENIED note.read", "alice 2", "bruno 3");
        PreparedRead<String> unknown = PreparedRead.of(dsl, dsl.select(AUDIT_ENTRY.ID).from(AUDIT_ENTRY),
                r -> r.getString(AUDIT_ENTRY.ACTION));
        assertThatThrownBy(unknown::fetch).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a column of");
    }

    @Test
    void the_typed_values_are_those_of_a_jooq_record_and_a_number_that_must_be_there_is_checked() {
        Field<LocalDate> day = DSL.inline(LocalDate.of(2026, 3, 2)).as("day");
        Field<Boolean> yes = DSL.inline(true).as("yes");
        Field<Integer> seven = DSL.inline(7).as("seven");
        Select<?> select = dsl.select(AUDIT_ENTRY.ID, AUDIT_ENTRY.ACTOR_ID, AUDIT_ENTRY.ACTOR_NAME,
                        AUDIT_ENTRY.OCCURRED_AT, day, yes, seven)
                .from(AUDIT_ENTRY)
                .orderBy(AUDIT_ENTRY.ID);
        PreparedRead.RowMapper<List<Object>> typed = r -> Arrays.asList(r.getLong(AUDIT_ENTRY.ID),
                r.getLongOrNull(AUDIT_ENTRY.ACTOR_ID), r.getString(AUDIT_ENTRY.ACTOR_NAME),
                r.getTimestamp(AUDIT_ENTRY.OCCURRED_AT), r.getDate(day), r.getBoolean(yes), r.getInt(seven));

        List<List<Object>> prepared = PreparedRead.of(dsl, select, typed).fetch();

        assertThat(prepared).hasSize(4).isEqualTo(select.fetch().map(record -> typed.map(RowValues.of(record))));
        assertThat(prepared.getFirst().subList(1, 7)).containsExactly(7L, "alice", NINE, LocalDate.of(2026, 3, 2),
                true, 7);
        assertThat(prepared.get(1).get(1)).isNull();

        Select<?> anonymous = dsl.select(AUDIT_ENTRY.ACTOR_ID).from(AUDIT_ENTRY).where(AUDIT_ENTRY.ACTOR_ID.isNull());
        PreparedRead<Long> actors = PreparedRead.of(dsl, anonymous, r -> r.getLong(AUDIT_ENTRY.ACTOR_ID));
        assertThatThrownBy(actors::fetch).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("actor_id\" is null");
        assertThatThrownBy(() -> anonymous.fetch(record -> RowValues.of(record).getLong(AUDIT_ENTRY.ACTOR_ID)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("actor_id\" is null");
    }

    /** The SQL of every statement sent, whether jOOQ executes it or it is a prepared read. */
    static DSLContext watched(DSLContext dsl, List<String> sent) {
        final class Watcher implements ExecuteListener, PreparedRead.Observer {
            @Override
            public void executeStart(ExecuteContext ctx) {
                sent.add(ctx.sql());
            }

            @Override
            public void sent(String sql, Supplier<Query> statement) {
                sent.add(sql);
                assertThat(dsl.renderInlined(statement.get())).doesNotContain("?");
            }
        }
        return dsl.configuration().deriveAppending(new Watcher()).dsl();
    }

    @Test
    void observers_see_each_run_and_the_sql_is_rendered_once() {
        List<String> sent = new ArrayList<>();
        DSLContext watched = watched(dsl, sent);
        PreparedRead<Long> read = PreparedRead.of(watched, watched.select(AUDIT_ENTRY.ID).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ACTOR_NAME.eq(ACTOR)).and(AUDIT_ENTRY.ACTOR_ID.eq(DSL.inline(7L)).or(
                        AUDIT_ENTRY.ACTOR_ID.isNull())), row -> row.get(AUDIT_ENTRY.ID), ACTOR);
        queries.reset();

        assertThat(read.fetch("alice")).hasSize(2);
        assertThat(read.fetch("anonymous")).hasSize(1);
        assertThat(read.fetch("bruno")).isEmpty();

        assertThat(queries.count()).isEqualTo(3);
        assertThat(read.sql()).containsOnlyOnce("?").contains("7").doesNotContain("alice");
        assertThat(sent).containsOnly(read.sql());
        assertThat(read.sqlWith("alice")).contains("'alice'").doesNotContain("?");
    }

    @Test
    void a_page_has_its_offset_and_row_count_written_into_the_sql_and_its_other_inputs_bound() {
        Param<Integer> offset = DSL.param("offset", Integer.class);
        List<String> sent = new ArrayList<>();
        DSLContext watched = watched(dsl, sent);
        PreparedRead<String> page = PreparedRead.page(watched, watched.select(AUDIT_ENTRY.ACTION)
                        .from(AUDIT_ENTRY)
                        .where(AUDIT_ENTRY.ACTOR_NAME.ne(ACTOR))
                        .orderBy(AUDIT_ENTRY.OCCURRED_AT)
                        .offset(offset)
                        .limit(LIMIT),
                row -> row.get(AUDIT_ENTRY.ACTION), List.of(ACTOR), offset, LIMIT);

        assertThat(page.fetch("bruno", 0, 2)).containsExactly("note.read", "note.read");
        assertThat(page.fetch("bruno", 2, 2)).containsExactly("homework.review");
        assertThat(page.fetch("nobody", 1, 3)).containsExactly("note.read", "homework.review", "note.read");

        assertThat(page.sql().chars().filter(c -> c == '?')).hasSize(3);
        assertThat(sent).hasSize(3).allSatisfy(sql -> assertThat(sql).containsOnlyOnce("?"));
        assertThat(sent.get(0)).isEqualTo(page.sql().replace("offset ?", "offset 0")
                .replace("next ?", "next 2"));
        assertThat(sent.get(2)).endsWith("offset 1 rows fetch next 3 rows only");
    }

    @Test
    void it_reads_on_the_connection_of_the_transaction_it_is_in() {
        try (PooledDatabase pooled = new PooledDatabase(database, 2)) {
            PreparedRead<String> actors = PreparedRead.of(pooled.dsl, pooled.dsl.select(AUDIT_ENTRY.ACTOR_NAME)
                    .from(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ID), row -> row.get(AUDIT_ENTRY.ACTOR_NAME));
            assertThat(actors.fetch()).isEmpty();

            assertThatThrownBy(() -> pooled.tx.inTransaction(() -> {
                pooled.dsl.insertInto(AUDIT_ENTRY).set(AUDIT_ENTRY.OCCURRED_AT, NINE)
                        .set(AUDIT_ENTRY.ACTOR_NAME, "carla").set(AUDIT_ENTRY.ACTION, "note.read")
                        .set(AUDIT_ENTRY.RECORD_TYPE, "note").set(AUDIT_ENTRY.RECORD_ID, "1")
                        .set(AUDIT_ENTRY.OUTCOME, "ALLOWED").execute();
                // Its own insert, not yet committed: only its connection sees it.
                assertThat(actors.fetch()).containsExactly("carla");
                throw new IllegalStateException("rolled back");
            })).hasMessage("rolled back");

            assertThat(actors.fetch()).isEmpty();
        }
    }

    @Test
    void an_error_of_the_database_names_the_statement_and_gives_the_connection_back() {
        try (PooledDatabase pooled = new PooledDatabase(database, 1)) {
            Field<Long> id = DSL.field("id", Long.class);
            Param<Long> wanted = DSL.param("wanted", Long.class);
            PreparedRead<Long> broken = PreparedRead.of(pooled.dsl, pooled.dsl.select(id)
                    .from(DSL.table("no_such_table")).where(id.eq(wanted)), row -> row.get(id), wanted);

            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> broken.fetch(7L)).isInstanceOf(DataAccessException.class)
                        .hasMessageContaining("SQL [" + broken.sql() + "]");
            }
            // One connection in the pool: it was given back after every failure.
            assertThat(pooled.dsl.fetchCount(AUDIT_ENTRY)).isZero();
        }
    }

    @Test
    void a_query_it_can_not_bind_or_read_is_refused_when_it_is_prepared() {
        assertThatThrownBy(() -> PreparedRead.of(dsl, dsl.select(AUDIT_ENTRY.ID).from(AUDIT_ENTRY)
                        .where(AUDIT_ENTRY.ACTOR_NAME.eq(ACTOR).or(AUDIT_ENTRY.ACTION.eq(ACTOR))),
                row -> row.get(AUDIT_ENTRY.ID), ACTOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than once");
        assertThatThrownBy(() -> PreparedRead.of(dsl, dsl.select(AUDIT_ENTRY.ID).from(AUDIT_ENTRY)
                        .where(AUDIT_ENTRY.ACTOR_NAME.eq(ACTOR)),
                row -> row.get(AUDIT_ENTRY.ID)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'actor' is not declared");
        assertThatThrownBy(() -> PreparedRead.of(dsl, dsl.select(AUDIT_ENTRY.ID).from(AUDIT_ENTRY),
                row -> row.get(AUDIT_ENTRY.ID), ACTOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[actor]");
        Field<?> nested = DSL.multiset(DSL.select(AUDIT_ENTRY.ACTION).from(AUDIT_ENTRY)).as("actions");
        assertThatThrownBy(() -> PreparedRead.of(dsl, dsl.select(AUDIT_ENTRY.ID, nested).from(AUDIT_ENTRY),
                row -> row.get(AUDIT_ENTRY.ID)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("converted by jOOQ");

        PreparedRead<Long> read = PreparedRead.of(dsl, dsl.select(AUDIT_ENTRY.ID).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ACTOR_NAME.eq(ACTOR)), row -> row.get(AUDIT_ENTRY.ID), ACTOR);
        assertThatThrownBy(read::fetch).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 parameter values expected, got 0");
        assertThatThrownBy(() -> read.fetch(7L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'actor' takes a String, not Long");
        assertThatThrownBy(() -> PreparedRead.of(dsl, dsl.select(DSL.field("x'00'", byte[].class)),
                row -> row.get(AUDIT_ENTRY.ID)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a byte[]");
        assertThatThrownBy(() -> PreparedRead.of(dsl, dsl.select(AUDIT_ENTRY.ID).from(AUDIT_ENTRY).forUpdate(),
                row -> row.get(AUDIT_ENTRY.ID)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not lock rows");
        Param<Long[]> ids = DSL.param("ids", Long[].class);
        assertThatThrownBy(() -> PreparedRead.of(dsl, dsl.select(AUDIT_ENTRY.ID).from(AUDIT_ENTRY)
                        .where(DSL.cardinality(ids).gt(0)), row -> row.get(AUDIT_ENTRY.ID), ids))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'ids' is an array");
        PreparedRead<Object> wrongColumn = PreparedRead.of(dsl, dsl.select(AUDIT_ENTRY.ID).from(AUDIT_ENTRY),
                row -> row.get(AUDIT_ENTRY.ACTION));
        assertThatThrownBy(wrongColumn::fetch).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a column of");
    }
}
