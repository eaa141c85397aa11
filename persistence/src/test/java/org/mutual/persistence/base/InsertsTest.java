package org.mutual.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** The retry rule only; the race itself is RecordRepositoryTest's two devices tapping one counter. */
class InsertsTest {

    @Test
    void an_upsert_that_lost_the_insert_runs_once_more() {
        AtomicInteger runs = new AtomicInteger();
        int stored = Inserts.upsertingOnce(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new DataAccessException("lost", new SQLException("duplicate key", "23505"));
            }
            return 7;
        });
        assertThat(stored).isEqualTo(7);
        assertThat(runs).hasValue(2);
    }

    @Test
    void any_other_failure_is_not_retried() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> Inserts.upsertingOnce(() -> {
            runs.incrementAndGet();
            throw new DataAccessException("foreign key", new SQLException("no such plan item", "23503"));
        })).isInstanceOf(DataAccessException.class);
        assertThat(runs).hasValue(1);
    }
}
