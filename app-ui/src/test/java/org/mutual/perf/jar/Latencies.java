package org.mutual.perf.jar;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What the simulated browsers saw: the time of every HTTP request from sending it until its answer
 * was read (on localhost, a proxy for the server's time), also by kind of request (a click, a tab, a
 * navigation to a route), and every failed request with the reason.
 */
public final class Latencies {

    /** The kind of a click on a button (a counter tap in the load run). */
    public static final String CLICK = "click";

    private static final Histogram EMPTY = histogram();

    private final Histogram all = histogram();
    private final Map<String, Histogram> byKind = new ConcurrentHashMap<>();
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
        byKind.clear();
        errors.set(0);
        firstErrors.clear();
    }

    void request(long nanos, String kind) {
        if (!recording) {
            return;
        }
        long micros = Math.min(Math.max(1, TimeUnit.NANOSECONDS.toMicros(nanos)), all.getHighestTrackableValue());
        all.recordValue(micros);
        byKind.computeIfAbsent(kind, k -> histogram()).recordValue(micros);
    }

    /** A route with its ids replaced, so every session page is one kind of request: {@code sessions/{id}}. */
    static String pattern(String route) {
        String pattern = route.replaceAll("(^|/)\\d+(?=/|$)", "$1{id}");
        return pattern.isEmpty() ? "/" : pattern;
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
        return clicks().getTotalCount();
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

    /** Each kind of request with its count, p50 and p95, slowest p95 first. */
    public String byKind() {
        StringBuilder text = new StringBuilder();
        byKind.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Histogram> e) -> e.getValue().getValueAtPercentile(95))
                        .reversed())
                .forEach(e -> text.append(text.isEmpty() ? "" : "; ").append(e.getKey()).append(": ")
                        .append(e.getValue().getTotalCount()).append(" requests, p50 ")
                        .append(millis(e.getValue(), 50)).append(" ms, p95 ").append(millis(e.getValue(), 95))
                        .append(" ms"));
        return text.toString();
    }

    private static String millis(Histogram histogram, double percentile) {
        return String.format(Locale.ROOT, "%.1f", histogram.getValueAtPercentile(percentile) / 1000.0);
    }

    private static Histogram histogram() {
        return new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(2), 3);
    }

    /** A percentile of the button clicks alone (a round trip that saves a value and redraws the panel). */
    public double clickMillis(double percentile) {
        return clicks().getValueAtPercentile(percentile) / 1000.0;
    }

    private Histogram clicks() {
        return byKind.getOrDefault(CLICK, EMPTY);
    }
}
