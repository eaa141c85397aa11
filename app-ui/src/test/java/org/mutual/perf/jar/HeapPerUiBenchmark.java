package org.mutual.perf.jar;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Measure 4: the heap one open UI costs. The production jar runs with the serial collector; after a
 * warm-up the live heap is measured ({@code jcmd GC.class_histogram} collects fully first), then N
 * people each sign in (their own HTTP session), open the dashboard and go on to a session page with
 * its Record tab open, and the live heap is measured again: (live − baseline) ÷ N.
 * {@code -Dmutual.perf.uis} sets N (200).
 */
class HeapPerUiBenchmark {

    private static final long TARGET_BYTES = 250 * 1024;

    @Test
    void heap_per_open_ui() {
        int count = Integer.getInteger("mutual.perf.uis", 200);
        PerfData data = PerfData.prepared();
        try (AppJar app = AppJar.start("heap-per-ui", List.of("-XX:+UseSerialGC"), data.env())) {
            HttpClient http = VaadinClient.sharedHttp();
            Latencies warmUp = new Latencies();
            for (int i = 0; i < 10; i++) {
                open(new VaadinClient(app.base(), warmUp, http), data, i);
            }
            long baseline = app.liveHeapBytes();
            Latencies seen = new Latencies();
            // Eight at a time: the UIs stay open, only opening them goes faster.
            List<VaadinClient.View> open = Collections.synchronizedList(new ArrayList<>());
            try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
                for (int i = 0; i < count; i++) {
                    int user = i;
                    pool.submit(() -> open(new VaadinClient(app.base(), seen, http), data, user).ifPresent(open::add));
                }
            }
            long live = app.liveHeapBytes();
            double perUi = (live - baseline) / (double) open.size();
            String detail = open.size() + " UIs, each its own signed-in session on a session page (Record tab open) "
                    + "after the dashboard; baseline " + baseline / 1024 / 1024 + " MB, after " + live / 1024 / 1024
                    + " MB live heap (jcmd GC.class_histogram after a full GC), -XX:+UseSerialGC; data: " + data.source()
                    + (seen.errors() == 0 ? "" : "; errors: " + String.join("; ", seen.firstErrors()));
            new PerfPart("heap-per-ui")
                    .add("heap per open UI", perUi / 1024, "KB", "≤ 250 KB", perUi <= TARGET_BYTES && open.size() == count,
                            detail)
                    .write();
        }
    }

    private static Optional<VaadinClient.View> open(VaadinClient browser, PerfData data, int i) {
        PerfData.Therapist who = data.therapists().get(i % data.therapists().size());
        if (!browser.signIn(who.username(), data.password())) {
            return Optional.empty();
        }
        return browser.open("").filter(view -> view.navigate("sessions/" + who.session())
                && view.selectTab("session-tabs", 2));
    }
}
