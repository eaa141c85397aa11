package org.mutual.perf.jar;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What the simulated browsers saw: the time of every HTTP request from sending it until its answer
 * was read (on localhost, a proxy for the server's time), and every failed request with the reason.
 */
public final class Latencies {

    private final Histogram all = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(2), 3);
    private final Histogram clicks = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(2), 3);
    private final AtomicLong errors = new AtomicLong();
    private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    private volatile boolean recording = true;

    /** Stops counting (requests of the warm-up, or after the measured window, are not counted). */
    public void pause() {
        recording = false;
    }

    public void resume() {
        recording = true;
    }

    public void reset() {
        all.reset();
        clicks.reset();
        errors.set(0);
        firstErrors.clear();
    }

    void request(long nanos, boolean click) {
        if (!recording) {
            return;
        }
        long micros = Math.max(1, TimeUnit.NANOSECONDS.toMicros(nanos));
        all.recordValue(Math.min(micros, all.getHighestTrackableValue()));
        if (click) {
            clicks.recordValue(Math.min(micros, clicks.getHighestTrackableValue()));
        }
    }

    void error(String what) {
        if (!recording) {
            return;
        }
        errors.incrementAndGet();
        if (firstErrors.size() < 10) {
            firstErrors.add(what);
        }
    }

    public long requests() {
        return all.getTotalCount();
    }

    public long clickCount() {
        return clicks.getTotalCount();
    }

    public long errors() {
        return errors.get();
    }

    public List<String> firstErrors() {
        return List.copyOf(firstErrors);
    }

    /** A percentile of all requests in milliseconds. */
    public double millis(double percentile) {
        return all.getValueAtPercentile(percentile) / 1000.0;
    }

    /** A percentile of the button clicks alone (a round trip that saves a value and redraws the panel). */
    public double clickMillis(double percentile) {
        return clicks.getValueAtPercentile(percentile) / 1000.0;
    }
}
