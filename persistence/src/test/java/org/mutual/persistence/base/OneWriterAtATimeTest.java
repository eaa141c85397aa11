package org.mutual.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutual.persistence.support.PooledDatabase;
import org.mutual.persistence.support.TestDatabase;

/**
 * On H2, one transaction writes at a time, from its first write until it ends; reads never wait.
 * A real H2 file behind a connection pool, each transaction on its own thread.
 */
class OneWriterAtATimeTest {

    static final Table<Record> SCRATCH = table("scratch");
    static final Field<Integer> ID = field("id", Integer.class);
    static final Field<Integer> VALUE = field("v", Integer.class);

    PooledDatabase db;
    ExecutorService threads = Executors.newCachedThreadPool();
    CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void setUp() {
        db = new PooledDatabase(TestDatabase.H2, 4);
        db.dsl.execute("create table scratch (id int primary key, v int not null)");
        db.dsl.insertInto(SCRATCH, ID, VALUE).values(1, 10).execute();
    }

    @AfterEach
    void tearDown() {
        release.countDown();
        threads.shutdownNow();
        db.close();
    }

    @Test
    void a_transaction_reads_while_another_is_writing() throws Exception {
        CompletableFuture<Void> writer = heldOpen(this::inSpringTransaction,
                () -> db.dsl.update(SCRATCH).set(VALUE, 11).where(ID.eq(1)).execute());

        CompletableFuture<Integer> reader = inTransactionReturning(
                () -> db.dsl.select(VALUE).from(SCRATCH).where(ID.eq(1)).fetchOne(VALUE));

        assertThat(reader.get(10, TimeUnit.SECONDS)).as("the last committed value").isEqualTo(10);
        release.countDown();
        writer.get(10, TimeUnit.SECONDS);
    }

    @Test
    void a_second_writer_waits_until_the_first_has_committed() throws Exception {
        CompletableFuture<Void> first = heldOpen(this::inSpringTransaction,
                () -> db.dsl.update(SCRATCH).set(VALUE, 11).where(ID.eq(1)).execute());

        CompletableFuture<Integer> second = inTransactionReturning(() -> {
            int seen = db.dsl.select(VALUE).from(SCRATCH).where(ID.eq(1)).fetchOne(VALUE);
            db.dsl.insertInto(SCRATCH, ID, VALUE).values(2, seen).execute();
            return db.dsl.select(VALUE).from(SCRATCH).where(ID.eq(1)).fetchOne(VALUE);
        });

        assertWaitsFor(first, second);
        assertThat(second.get(10, TimeUnit.SECONDS)).as("after its write it reads the first one's commit")
                .isEqualTo(11);
    }

    @Test
    void a_select_for_update_takes_the_turn() throws Exception {
        CompletableFuture<Void> first = heldOpen(this::inSpringTransaction,
                () -> db.dsl.selectFrom(SCRATCH).where(ID.eq(1)).forUpdate().fetch());

        assertWaitsFor(first, inTransaction(() -> db.dsl.insertInto(SCRATCH, ID, VALUE).values(2, 20).execute()));
    }

    @Test
    void row_locks_and_the_rows_of_a_write_are_found_as_whole_words_in_any_case() {
        assertThat(OneWriterAtATime.locksOrWrites("select id from scratch where id = ? for update")).isTrue();
        assertThat(OneWriterAtATime.locksOrWrites("SELECT * FROM t FOR\n  SHARE")).isTrue();
        assertThat(OneWriterAtATime.locksOrWrites("select * from t for no key update")).isTrue();
        assertThat(OneWriterAtATime.locksOrWrites("for key share")).isTrue();
        assertThat(OneWriterAtATime.locksOrWrites("select id from final table (insert into t values (1))")).isTrue();
        assertThat(OneWriterAtATime.locksOrWrites("select * from OLD TABLE (delete from t)")).isTrue();
        assertThat(OneWriterAtATime.locksOrWrites("select v from new table(update t set v = 1)")).isTrue();

        assertThat(OneWriterAtATime.locksOrWrites("select format, owner from t order by format offset ? rows")).isFalse();
        assertThat(OneWriterAtATime.locksOrWrites("select * from t_for update_log")).isFalse();
        assertThat(OneWriterAtATime.locksOrWrites("select * from newtable, old_table")).isFalse();
        assertThat(OneWriterAtATime.locksOrWrites("select forupdate from t for updates")).isFalse();
        assertThat(OneWriterAtATime.locksOrWrites("select xfor update, ynew table from t")).isFalse();
        assertThat(OneWriterAtATime.locksOrWrites("select \"x\"for update")).isTrue();
        assertThat(OneWriterAtATime.locksOrWrites("")).isFalse();
    }

    @Test
    void a_jooq_transaction_keeps_the_turn_until_it_commits() throws Exception {
        CompletableFuture<Void> first = heldOpen(body -> db.dsl.transaction(inside -> body.run()),
                () -> db.dsl.update(SCRATCH).set(VALUE, 11).where(ID.eq(1)).execute());

        assertWaitsFor(first, inTransaction(() -> db.dsl.insertInto(SCRATCH, ID, VALUE).values(2, 20).execute()));
    }

    @Test
    void a_transaction_rolled_back_gives_the_turn_back() throws Exception {
        assertThatThrownBy(() -> db.tx.inTransaction(() -> {
            db.dsl.update(SCRATCH).set(VALUE, 11).where(ID.eq(1)).execute();
            throw new IllegalStateException("refused");
        })).hasMessage("refused");

        inTransaction(() -> db.dsl.insertInto(SCRATCH, ID, VALUE).values(2, 20).execute())
                .get(10, TimeUnit.SECONDS);
        assertThat(db.dsl.fetchCount(SCRATCH)).isEqualTo(2);
        assertThat(db.dsl.select(VALUE).from(SCRATCH).where(ID.eq(1)).fetchOne(VALUE)).isEqualTo(10);
    }

    @Test
    void a_failed_statement_outside_a_transaction_gives_the_turn_back() throws Exception {
        assertThatThrownBy(() -> db.dsl.insertInto(SCRATCH, ID, VALUE).values(1, 99).execute())
                .isInstanceOf(DataAccessException.class);

        inTransaction(() -> db.dsl.insertInto(SCRATCH, ID, VALUE).values(2, 20).execute())
                .get(10, TimeUnit.SECONDS);
        assertThat(db.dsl.fetchCount(SCRATCH)).isEqualTo(2);
    }

    /**
     * Runs {@code work} in a transaction (begun by {@code transaction}) on another thread, and keeps that
     * transaction open until {@link #release}; returns once the work is done.
     */
    private CompletableFuture<Void> heldOpen(Consumer<Runnable> transaction, Runnable work)
            throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<Void> held = CompletableFuture.runAsync(() -> transaction.accept(() -> {
            work.run();
            done.countDown();
            await(release);
        }), threads);
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        return held;
    }

    /** {@code waiting} doesn't finish while {@code first} is held open, and does once it is released. */
    private void assertWaitsFor(CompletableFuture<Void> first, CompletableFuture<?> waiting) throws Exception {
        assertThatThrownBy(() -> waiting.get(1, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        waiting.get(10, TimeUnit.SECONDS);
    }

    private void inSpringTransaction(Runnable work) {
        db.tx.inTransaction(() -> {
            work.run();
            return null;
        });
    }

    private CompletableFuture<Void> inTransaction(Runnable work) {
        return CompletableFuture.runAsync(() -> inSpringTransaction(work), threads);
    }

    private <T> CompletableFuture<T> inTransactionReturning(Supplier<T> work) {
        return CompletableFuture.supplyAsync(() -> db.tx.inTransaction(work), threads);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
