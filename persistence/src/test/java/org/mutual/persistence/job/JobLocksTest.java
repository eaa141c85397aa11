package org.mutual.persistence.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutual.persistence.jooq.Tables.JOB_LOCK;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.persistence.support.PooledDatabase;
import org.mutual.persistence.support.TestDatabase;

/**
 * Job leases on H2 and PostgreSQL: one holder per lease, taken over once it runs out, and exactly one
 * winner when two instances ask from many threads at the same moment.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class JobLocksTest {

    static final Duration LEASE = Duration.ofMinutes(54);
    static final int THREADS = 16;
    static final int ROUNDS = 25;

    @Parameter
    TestDatabase database;

    PooledDatabase db;
    SettableClock clock = new SettableClock(Instant.parse("2026-05-05T17:00:00Z"));
    JooqJobLocks locks;

    @BeforeEach
    void setUp() {
        db = new PooledDatabase(database, THREADS);
        locks = new JooqJobLocks(db.dsl, clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void the_first_to_ask_holds_the_job_until_its_lease_runs_out_then_another_can_take_it() {
        assertThat(locks.tryLock("measures.release", LEASE, "instance-a")).isTrue();
        assertThat(locks.tryLock("measures.release", LEASE, "instance-b")).isFalse();
        assertThat(locks.tryLock("measures.release", LEASE, "instance-a")).as("not again within its own lease").isFalse();
        assertThat(locks.tryLock("other.job", LEASE, "instance-b")).as("jobs are leased one by one").isTrue();

        clock.advance(LEASE.minusSeconds(1));
        assertThat(locks.tryLock("measures.release", LEASE, "instance-b")).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(locks.tryLock("measures.release", LEASE, "instance-b")).isTrue();
        assertThat(locks.tryLock("measures.release", LEASE, "instance-a")).isFalse();
        assertThat(holder("measures.release")).isEqualTo("instance-b");
    }

    @Test
    void of_two_instances_asking_from_many_threads_at_once_exactly_one_runs_the_job_per_lease() throws Exception {
        Map<String, AtomicInteger> runsBy = new ConcurrentHashMap<>();
        List<Integer> winnersPerRound = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        long began = System.nanoTime();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> asks = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    String owner = t % 2 == 0 ? "instance-a" : "instance-b";
                    asks.add(threads.submit(() -> {
                        start.await();
                        boolean won = locks.tryLock("measures.release", LEASE, owner);
                        if (won) {
                            runsBy.computeIfAbsent(owner, o -> new AtomicInteger()).incrementAndGet();
                        }
                        return won;
                    }));
                }
                start.countDown();
                int winners = 0;
                for (Future<Boolean> ask : asks) {
                    winners += ask.get() ? 1 : 0;
                }
                winnersPerRound.add(winners);
                clock.advance(LEASE);
            }
        } finally {
            threads.shutdown();
        }
        System.out.printf("job locks | %-8s | %d rounds x %d threads of 2 owners | winners per round %s | runs by %s | %d ms%n",
                database, ROUNDS, THREADS, winnersPerRound.stream().distinct().toList(), runsBy,
                Duration.ofNanos(System.nanoTime() - began).toMillis());

        assertThat(winnersPerRound).as("the first round inserts the row, the others take an expired lease")
                .hasSize(ROUNDS).containsOnly(1);
    }

    private String holder(String job) {
        return db.dsl.select(JOB_LOCK.LOCKED_BY)
                .from(JOB_LOCK)
                .where(JOB_LOCK.NAME.eq(job))
                .fetchSingle(JOB_LOCK.LOCKED_BY);
    }

    /** A clock the test moves forward; every thread sees the same instant. */
    static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
