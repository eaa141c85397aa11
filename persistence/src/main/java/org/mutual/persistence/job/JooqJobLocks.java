package org.mutual.persistence.job;

import static org.mutual.persistence.jooq.Tables.JOB_LOCK;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.mutual.domain.job.JobLocks;
import org.mutual.persistence.base.Inserts;
import org.mutual.persistence.base.Timestamps;
import org.springframework.stereotype.Repository;

/**
 * Job leases as rows of {@code job_lock}. Taking a lease is one conditional update on the job's row,
 * which only matches while the stored lease has run out; both databases lock the row for the first
 * updater and re-check the condition for the others once it commits, so they find the new lease and
 * update nothing. A job without a row yet is taken by inserting it; of several inserts, the primary
 * key lets one through.
 *
 * <p>"Now" is this instance's clock: instances are expected to keep time (NTP), and leases are
 * minutes long, so a few seconds of difference between instances change nothing.
 */
@Repository
public class JooqJobLocks implements JobLocks {

    private final DSLContext dsl;
    private final Clock clock;

    public JooqJobLocks(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public boolean tryLock(String job, Duration lease, String owner) {
        Instant now = clock.instant();
        OffsetDateTime until = Timestamps.toDb(now.plus(lease));
        int taken = dsl.update(JOB_LOCK)
                .set(JOB_LOCK.LOCKED_UNTIL, until)
                .set(JOB_LOCK.LOCKED_BY, owner)
                .where(JOB_LOCK.NAME.eq(job))
                .and(JOB_LOCK.LOCKED_UNTIL.le(Timestamps.toDb(now)))
                .execute();
        if (taken == 1) {
            return true;
        }
        return Inserts.ignoringDuplicate(dsl.insertInto(JOB_LOCK)
                .set(JOB_LOCK.NAME, job)
                .set(JOB_LOCK.LOCKED_UNTIL, until)
                .set(JOB_LOCK.LOCKED_BY, owner)) == 1;
    }
}
