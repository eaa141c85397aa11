package org.mutual.domain.job;

import java.time.Duration;

/**
 * Leases on scheduled jobs, shared by every instance of Mutual on the same database, so that a job
 * due every hour runs once an hour and not once per instance.
 */
public interface JobLocks {

    /**
     * Takes {@code job} for {@code owner} until {@code lease} from now, if no lease on it is running:
     * the job was never taken, or the last lease has run out. Of several instances asking at once,
     * exactly one gets it. A lease is not given back: it runs out, so a holder that dies mid-run
     * holds the job no longer than the lease.
     *
     * @param owner who takes it, for the operator's eyes (an instance's host and a random id)
     * @return whether the caller holds the job now and should run it
     */
    boolean tryLock(String job, Duration lease, String owner);
}
