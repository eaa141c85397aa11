package org.mutual.perf.jar;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measure 7: how long the production jar takes from {@code java -jar} until its readiness probe
 * answers 200, on a database that already exists (and, with the demo practice, also the very first
 * start that migrates the empty database and adds the practice), its memory right after, and the
 * jar's size.
 */
class StartupBenchmark {

    @Test
    void start_up_and_size_of_the_production_jar() throws Exception {
        PerfData data = PerfData.prepared();
        double megabytes = Files.size(AppJar.jarPath()) / 1024.0 / 1024.0;
        PerfPart part = new PerfPart("startup");
        try (AppJar app = AppJar.start("startup", List.of(), data.env())) {
            double seconds = app.startup().toMillis() / 1000.0;
            part.info("start-up: jar start → ready", seconds, "s", "java -jar until /actuator/health/readiness "
                    + "answers 200, existing database (" + data.source() + "); Spring Boot's own figure: "
                    + app.springStartedSeconds() + " s; the machine is shared with other builds")
                    .info("start-up: resident memory when ready", app.residentBytes() / 1024.0 / 1024.0, "MB",
                            "VmRSS, JVM defaults");
        }
        data.firstStart().ifPresent(first -> part.info("start-up: first start on an empty database",
                first.toMillis() / 1000.0, "s", "migrations and the demo practice included"));
        part.info("size: production jar", megabytes, "MB", AppJar.jarPath().toString()).write();
    }
}
