package org.mutual.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutual.persistence.jooq.Tables.JOB_LOCK;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The questionnaire release takes its lease in the database before it runs, so that of several
 * instances on one database only one runs it per interval (the races are in the persistence tests).
 */
class ScheduledJobsTest extends RunningAppTest {

    @Autowired
    MeasureReleases releases;

    @Autowired
    ReminderJob reminders;

    @Autowired
    DSLContext dsl;

    @Test
    void the_reminders_run_under_a_lease_of_thirty_minutes_and_skip_while_it_runs() {
        Instant before = Instant.now();
        reminders.sendDue();
        Record2<OffsetDateTime, String> lease = lease(ReminderJob.JOB);

        assertThat(lease.value1().toInstant()).isAfter(before.plus(Duration.ofMinutes(29)))
                .isBefore(Instant.now().plus(Duration.ofMinutes(31)));
        reminders.sendDue();
        assertThat(lease(ReminderJob.JOB)).as("a run within the lease is skipped").isEqualTo(lease);
    }

    @Test
    void the_questionnaire_release_runs_under_a_lease_of_nine_tenths_of_its_interval_and_skips_while_it_runs() {
        Instant before = Instant.now();
        releases.releaseDue();
        Record2<OffsetDateTime, String> lease = lease();

        assertThat(lease.value2()).as("held by this instance: host/random id").contains("/");
        assertThat(lease.value1().toInstant()).as("a lease of 54 minutes for the default hourly run")
                .isAfter(before.plus(Duration.ofMinutes(53)))
                .isBefore(Instant.now().plus(Duration.ofMinutes(55)));

        releases.releaseDue();
        assertThat(lease()).as("a run within the lease is skipped, leaving the lease as it was").isEqualTo(lease);
    }

    private Record2<OffsetDateTime, String> lease() {
        return lease(MeasureReleases.JOB);
    }

    private Record2<OffsetDateTime, String> lease(String job) {
        return dsl.select(JOB_LOCK.LOCKED_UNTIL, JOB_LOCK.LOCKED_BY).from(JOB_LOCK)
                .where(JOB_LOCK.NAME.eq(job)).fetchSingle();
    }
}
