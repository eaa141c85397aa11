package org.mutual.perf.jar;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measure 5: many people at once over real HTTP against the production jar, speaking Vaadin's
 * request protocol with every server check in place (security key, sync id, client id). Request
 * times are observed by the simulated browsers on localhost; CPU is the jar process's own CPU time
 * from {@code /proc}. {@code -Dmutual.perf.users} (200) and {@code -Dmutual.perf.seconds} (180) set
 * the size; the ramp-up (a quarter of the users' count in seconds, at least 20 s) is not counted.
 */
class ConcurrentUsersBenchmark {

    @Test
    void concurrent_users_on_the_production_jar() {
        int users = Integer.getInteger("mutual.perf.users", 200);
        Duration measured = Duration.ofSeconds(Integer.getInteger("mutual.perf.seconds", 180));
        Duration rampUp = Duration.ofSeconds(Math.max(20, users / 4));
        PerfData data = PerfData.prepared();
        try (AppJar app = AppJar.start("concurrent-users", List.of(), data.env())) {
            LoadRun load = new LoadRun(app.base(), data.therapists(), data.clients(), data.password());
            // CPU is read around the measured window only, which starts when the load run resets its counters.
            Duration[] cpuAtWindow = new Duration[2];
            long[] wallAtWindow = new long[2];
            Thread cpu = Thread.ofVirtual().start(() -> {
                AppJar.sleep(rampUp.toMillis() + 2000);
                cpuAtWindow[0] = app.cpuTime();
                wallAtWindow[0] = System.nanoTime();
                AppJar.sleep(measured.toMillis());
                cpuAtWindow[1] = app.cpuTime();
                wallAtWindow[1] = System.nanoTime();
            });
            Latencies seen = load.run(users, rampUp, measured);
            join(cpu);
            double cpuSeconds = cpuAtWindow[1] == null ? Double.NaN
                    : (cpuAtWindow[1].toMillis() - cpuAtWindow[0].toMillis()) / 1000.0;
            double wallSeconds = cpuAtWindow[1] == null ? Double.NaN : (wallAtWindow[1] - wallAtWindow[0]) / 1e9;
            int cores = Runtime.getRuntime().availableProcessors();
            double cpuPercent = 100 * cpuSeconds / wallSeconds / cores;
            String setup = users + " users (half therapists recording, half clients opening homework), 1.5–2.5 s think "
                    + "time, " + measured.toSeconds() + " s measured after a " + rampUp.toSeconds() + " s ramp-up; "
                    + "data: " + data.source() + "; client-observed time on localhost; " + seen.requests() + " requests";
            new PerfPart("concurrent-users")
                    .add("concurrent users: p95 request time", seen.millis(95), "ms", "≤ 100 ms", seen.millis(95) <= 100,
                            setup + "; by kind of request: " + seen.byKind())
                    .info("concurrent users: p50 request time", seen.millis(50), "ms", setup)
                    .info("concurrent users: p99 request time", seen.millis(99), "ms", setup)
                    .info("concurrent users: p95 counter tap (save + redraw)", seen.clickMillis(95), "ms",
                            seen.clickCount() + " taps")
                    .add("concurrent users: errors", seen.errors(), "count", "0", seen.errors() == 0,
                            String.join("; ", seen.firstErrors()))
                    .info("concurrent users: requests per second", seen.requests() / measured.toSeconds(), "req/s", setup)
                    .info("concurrent users: jar CPU", cpuPercent, "% of " + cores + " cores",
                            "CPU time of the jar process from /proc/" + app.pid() + "/stat over " + Math.round(wallSeconds)
                                    + " s; the machine is shared with other builds")
                    .write();
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
