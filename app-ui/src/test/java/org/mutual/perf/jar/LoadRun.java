package org.mutual.perf.jar;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Many people using Mutual at once, each a {@link VaadinClient} on its own thread: half are
 * therapists recording a session (open the dashboard, go to a session, open the Record tab, tap the
 * give-and-take turn counters up and down, back to the dashboard), half are clients opening their
 * homework (the list, one item, the list again). Between two actions each waits a think time drawn
 * evenly from 1.5–2.5 s (2 s on average). Users start spread over the ramp-up, which is not counted;
 * then requests are counted for the measured window.
 */
public final class LoadRun {

    private final URI base;
    private final List<PerfData.Therapist> therapists;
    private final List<PerfData.Client> clients;
    private final String password;
    private final Latencies latencies = new Latencies();
    private volatile boolean running = true;

    public LoadRun(URI base, List<PerfData.Therapist> therapists, List<PerfData.Client> clients, String password) {
        this.base = base;
        this.therapists = therapists;
        this.clients = clients;
        this.password = password;
    }

    /** Runs {@code users} simulated people; returns what they saw during {@code measured}. */
    public Latencies run(int users, Duration rampUp, Duration measured) {
        HttpClient http = VaadinClient.sharedHttp();
        latencies.pause();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            int user = i;
            long delay = rampUp.toMillis() * i / users;
            threads.add(Thread.ofVirtual().name("user-" + i).start(() -> {
                if (!pause(delay)) {
                    return;
                }
                VaadinClient browser = new VaadinClient(base, latencies, http);
                if (user % 2 == 0) {
                    therapist(browser, therapists.get(user / 2 % therapists.size()));
                } else {
                    client(browser, clients.get(user / 2 % clients.size()));
                }
            }));
        }
        AppJar.sleep(rampUp.toMillis() + 2000);
        latencies.reset();
        latencies.resume();
        AppJar.sleep(measured.toMillis());
        latencies.pause();
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(90));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return latencies;
    }

    private void therapist(VaadinClient browser, PerfData.Therapist who) {
        if (!browser.signIn(who.username(), password)) {
            return;
        }
        Optional<VaadinClient.View> opened = browser.open("");
        if (opened.isEmpty()) {
            return;
        }
        VaadinClient.View view = opened.get();
        int taps = 0;
        while (running && think()) {
            if (!view.navigate("sessions/" + who.session()) || !think() || !view.selectTab("session-tabs", 2)) {
                return;
            }
            List<String> plus = view.ids("field-", "-turns_a-plus");
            if (plus.isEmpty()) {
                latencies.error("no give-and-take counter on sessions/" + who.session());
                return;
            }
            for (int i = 0; i < 5 && running; i++) {
                if (!think()) {
                    return;
                }
                // Up three times, down twice: the count stays well below its maximum however long this runs.
                String button = taps++ % 5 < 3 ? plus.getFirst() : plus.getFirst().replace("-plus", "-minus");
                if (!view.click(button)) {
                    return;
                }
                if (view.text(plus.getFirst().replace("-plus", "-value")) == null) {
                    latencies.error("the count is gone after clicking " + button);
                    return;
                }
            }
            if (!think() || !view.navigate("")) {
                return;
            }
        }
    }

    private void client(VaadinClient browser, PerfData.Client who) {
        if (!browser.signIn(who.username(), password)) {
            return;
        }
        Optional<VaadinClient.View> opened = browser.open("my/homework");
        if (opened.isEmpty()) {
            return;
        }
        VaadinClient.View view = opened.get();
        while (running && think()) {
            if (!view.navigate("my/homework/" + who.homework())) {
                return;
            }
            if (!think() || !view.navigate("my/homework")) {
                return;
            }
            if (!view.has("my-homework")) {
                latencies.error("my/homework did not show the homework list");
                return;
            }
        }
    }

    private boolean think() {
        return running && pause(ThreadLocalRandom.current().nextLong(1500, 2501));
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
