package org.mutual.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;
import org.mutual.domain.job.JobLocks;
import org.mutual.domain.measure.MeasureService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Releases the requests of every-Nth-session questionnaire schedules as their sessions come near:
 * shortly after start-up and then every {@code mutual.measures.release-interval} (default an hour).
 * With several instances on one database, a run happens on whichever instance takes the job's lease
 * first; the lease lasts nine tenths of the interval, so the others skip until the next interval.
 * Releasing is idempotent anyway, so a run that overlaps another or repeats changes nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class MeasureReleases {

    /** The job's name in the database's job leases. */
    static final String JOB = "measures.release";

    private static final Logger log = LoggerFactory.getLogger(MeasureReleases.class);

    private final MeasureService measures;
    private final JobLocks locks;
    private final Duration lease;
    private final String instance;

    public MeasureReleases(MeasureService measures, JobLocks locks,
                           @Value("${mutual.measures.release-interval:PT1H}") Duration interval) {
        this.measures = measures;
        this.locks = locks;
        this.lease = leaseFor(interval);
        this.instance = instanceName();
    }

    @Scheduled(initialDelayString = "${mutual.measures.release-initial-delay:PT30S}",
            fixedDelayString = "${mutual.measures.release-interval:PT1H}")
    public void releaseDue() {
        try {
            if (!locks.tryLock(JOB, lease, instance)) {
                log.debug("Questionnaire release runs on another instance this time");
                return;
            }
            int created = measures.releaseDue();
            if (created > 0) {
                log.info("Released {} questionnaire request(s)", created);
            }
        } catch (RuntimeException e) {
            // The next run picks up whatever this one did not release.
            log.error("Releasing scheduled questionnaires failed", e);
        }
    }

    /** A bit shorter than the interval, so the holder's own next run finds its lease over. */
    static Duration leaseFor(Duration interval) {
        return interval.minus(interval.dividedBy(10));
    }

    /** This instance, as the job leases name it: the host and a random id (one host may run several). */
    static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        if (host.length() > 150) {
            host = host.substring(0, 150);
        }
        return host + "/" + UUID.randomUUID();
    }
}
