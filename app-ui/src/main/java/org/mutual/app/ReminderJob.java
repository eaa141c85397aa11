package org.mutual.app;

import java.time.Duration;
import org.mutual.domain.job.JobLocks;
import org.mutual.domain.reminder.ReminderRun;
import org.mutual.domain.reminder.ReminderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the e-mail reminders that are due, on {@code mutual.reminders.cron} (default: at the top of
 * every hour), when {@code mutual.reminders.enabled} (default true) and a mail server is configured.
 * With several instances on one database, a run happens on whichever takes the job's lease first;
 * and even a run that overlaps another, or repeats after a failure, sends nothing twice: each
 * reminder is claimed in the record of sent reminders before it goes out.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ReminderJob {

    /** The job's name in the database's job leases. */
    static final String JOB = "reminders.send";

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderService reminders;
    private final JobLocks locks;
    private final boolean enabled;
    private final Duration lease;
    private final String instance;

    public ReminderJob(ReminderService reminders, JobLocks locks,
                       @Value("${mutual.reminders.enabled:true}") boolean enabled,
                       @Value("${mutual.reminders.lease:PT30M}") Duration lease) {
        this.reminders = reminders;
        this.locks = locks;
        this.enabled = enabled;
        this.lease = lease;
        this.instance = MeasureReleases.instanceName();
    }

    @Scheduled(cron = "${mutual.reminders.cron:0 0 * * * *}")
    public void sendDue() {
        if (!enabled) {
            return;
        }
        try {
            if (!locks.tryLock(JOB, lease, instance)) {
                log.debug("Reminders run on another instance this time");
                return;
            }
            ReminderRun run = reminders.sendDue();
            if (run.sent() > 0 || run.failed() > 0) {
                // Counts only: who was reminded of what stays out of the log.
                log.info("Reminders: {} sent, {} sent before, {} failed (tried again next run)", run.sent(),
                        run.alreadySent(), run.failed());
            }
        } catch (RuntimeException e) {
            log.error("Sending reminders failed; the next run tries again", e);
        }
    }
}
