package org.mutual.app;

import org.mutual.domain.measure.MeasureService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Releases the requests of every-Nth-session questionnaire schedules as their sessions come near:
 * shortly after start-up and then every {@code mutual.measures.release-interval} (default an hour).
 * Releasing is idempotent, so a run that overlaps another or repeats changes nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class MeasureReleases {

    private static final Logger log = LoggerFactory.getLogger(MeasureReleases.class);

    private final MeasureService measures;

    public MeasureReleases(MeasureService measures) {
        this.measures = measures;
    }

    @Scheduled(initialDelayString = "${mutual.measures.release-initial-delay:PT30S}",
            fixedDelayString = "${mutual.measures.release-interval:PT1H}")
    public void releaseDue() {
        try {
            int created = measures.releaseDue();
            if (created > 0) {
                log.info("Released {} questionnaire request(s)", created);
            }
        } catch (RuntimeException e) {
            // The next run picks up whatever this one did not release.
            log.error("Releasing scheduled questionnaires failed", e);
        }
    }
}
