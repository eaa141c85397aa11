package org.mutual.perf.jar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.mutual.perf.PerfResult;

/**
 * Measure 4: the heap one open UI costs. The production jar runs with the serial collector; after a
 * warm-up the live heap is measured ({@code jcmd GC.class_histogram} collects fully first), then N
 * people each sign in (their own HTTP session), open the dashboard and go on to a session page with
 * its Record tab open, and the live heap is measured again: (live − baseline) ÷ N.
 * {@code -Dmutual.perf.uis} sets N (200). With {@code -Dmutual.perf.db.large} (the large practice, which
 * {@code ./mutual benchmark} passes) the same is measured there too: grids are lazy, so a UI should hold
 * as much on a practice ten times larger (target within ±10 %).
 */
class HeapPerUiBenchmark {

    private static final long TARGET_BYTES = 250 * 1024;

    @Test
    void heap_per_open_ui() {
        int count = Integer.getInteger("mutual.perf.uis", 200);
        PerfPart part = new PerfPart("heap-per-ui");
        Measured first = measure(PerfData.prepared(), count);
        part.add("heap per open UI", first.perUi() / 1024, "KB", "≤ 250 KB",
                first.perUi() <= TARGET_BYTES && first.opened() == count, first.detail());
        part.write(); // the first figure stays if the large one fails
        String large = System.getProperty("mutual.perf.db.large", "").trim();
        if (!large.isEmpty()) {
            // The same UIs on the practice ten times larger: lazy grids keep what a UI holds the same.
            Measured second = measure(PerfData.prepared(large), count);
            double ratio = second.perUi() / first.perUi();
            part.add("heap per open UI (large)", second.perUi() / 1024, "KB", "≤ 250 KB",
                            second.perUi() <= TARGET_BYTES && second.opened() == count, second.detail())
                    .add("heap per open UI, large ÷ small", ratio, "×", "0.9–1.1",
                            ratio >= 0.9 && ratio <= 1.1, String.format(Locale.ROOT, "%.1f KB on %s, %.1f KB on %s",
                                    first.perUi() / 1024, first.source(), second.perUi() / 1024, second.source()));
        }
        part.write();
    }

    /** The live heap per UI: {@code count} people signed in, each on a session page, minus the baseline. */
    private static Measured measure(PerfData data, int count) {
        try (AppJar app = AppJar.start("heap-per-ui-" + fileName(data), List.of("-XX:+UseSerialGC"), data.env())) {
            HttpClient http = VaadinClient.sharedHttp();
            Latencies warmUp = new Latencies();
            for (int i = 0; i < 10; i++) {
                open(new VaadinClient(app.base(), warmUp, http), data, i);
            }
            AppJar.Histogram before = app.liveHeap();
            long baseline = before.total();
            Latencies seen = new Latencies();
            // Eight at a time: the UIs stay open, only opening them goes faster.
            List<VaadinClient.View> open = Collections.synchronizedList(new ArrayList<>());
            try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
                for (int i = 0; i < count; i++) {
                    int user = i;
                    pool.submit(() -> open(new VaadinClient(app.base(), seen, http), data, user).ifPresent(open::add));
                }
            }
            AppJar.Histogram after = app.liveHeap();
            long live = after.total();
            writeGrowth(data, open.size(), after.grownSince(before, 40));
            String detail = open.size() + " UIs, each its own signed-in session on a session page (Record tab open) "
                    + "after the dashboard; baseline " + baseline / 1024 / 1024 + " MB, after " + live / 1024 / 1024
                    + " MB live heap (jcmd GC.class_histogram after a full GC), -XX:+UseSerialGC; data: " + data.source()
                    + (seen.errors() == 0 ? "" : "; errors: " + String.join("; ", seen.firstErrors()));
            return new Measured((live - baseline) / (double) Math.max(1, open.size()), open.size(), data.source(), detail);
        }
    }

    /** What the open UIs hold, by class, in target/perf/raw/heap-&lt;database&gt;.txt: where to start cutting. */
    private static void writeGrowth(PerfData data, int uis, List<String> grown) {
        Path raw = PerfResult.perfDir().resolve("raw");
        String name = fileName(data);
        List<String> lines = new ArrayList<>();
        lines.add("-- live heap grown with " + uis + " open UIs on " + data.source() + " (bytes, class)");
        lines.addAll(grown);
        try {
            Files.createDirectories(raw);
            Files.write(raw.resolve("heap-" + name + ".txt"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database a figure was taken on, as part of a file name: the end of its path or URL. */
    private static String fileName(PerfData data) {
        String name = data.source().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+", "");
        return name.substring(Math.max(0, name.length() - 60));
    }

    private record Measured(double perUi, int opened, String source, String detail) {
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
