package org.mutual.perf.jar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production jar running as a child process of the test, as an operator runs it
 * ({@code java -jar mutual.jar}), on a free port and the given database. Closing it stops the
 * process and anything it started; a shutdown hook does the same if the test JVM is ended early.
 */
public final class AppJar implements AutoCloseable {

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final Path JCMD = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

    private final Process process;
    private final Thread cleanup;
    private final URI base;
    private final Path log;
    private final Duration startup;

    private AppJar(Process process, URI base, Path log, Duration startup, Thread cleanup) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.startup = startup;
        this.cleanup = cleanup;
    }

    /** The jar under test: {@code -Dmutual.perf.jar}, else the one this module's build made. */
    public static Path jarPath() {
        String configured = System.getProperty("mutual.perf.jar", "");
        Path jar = configured.isBlank() ? Path.of("target", "mutual.jar") : Path.of(configured);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No production jar at " + jar.toAbsolutePath()
                    + ": build it with ./mvnw package -DskipTests, or pass -Dmutual.perf.jar=<path>");
        }
        return jar;
    }

    /**
     * Starts the jar and waits until its readiness probe answers 200.
     *
     * @param name       names the log file under {@code target/perf/logs}
     * @param jvmOptions options before {@code -jar}, such as the garbage collector (plus {@code -Dmutual.perf.jvm})
     * @param env        environment of the process (the database: {@code MUTUAL_DATA_DIR} or {@code MUTUAL_DB_URL})
     */
    public static AppJar start(String name, List<String> jvmOptions, Map<String, String> env) {
        int port = freePort();
        Path log = Path.of("target", "perf", "logs", name + ".log");
        List<String> command = new ArrayList<>();
        command.add(JAVA.toString());
        command.addAll(jvmOptions);
        // -Dmutual.perf.jvm adds options of one's own, e.g. a flight recording of the jar under load.
        String extra = System.getProperty("mutual.perf.jvm", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", jarPath().toAbsolutePath().toString(), "--server.port=" + port));
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            long started = System.nanoTime();
            Process process = builder.start();
            Thread cleanup = new Thread(() -> stop(process));
            Runtime.getRuntime().addShutdownHook(cleanup);
            URI base = URI.create("http://localhost:" + port + "/");
            AppJar app = new AppJar(process, base, log, awaitReady(process, base, log, started), cleanup);
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Duration awaitReady(Process process, URI base, Path log, long started) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = started + TimeUnit.MINUTES.toNanos(8);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The jar stopped while starting; see " + log.toAbsolutePath());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop(process);
                throw new IllegalStateException(e);
            }
            sleep(100);
        }
        stop(process);
        throw new IllegalStateException("The jar was not ready after 8 minutes; see " + log.toAbsolutePath());
    }

    public URI base() {
        return base;
    }

    public long pid() {
        return process.pid();
    }

    /** From process start until the readiness probe answered 200. */
    public Duration startup() {
        return startup;
    }

    /** What Spring Boot logged as its own start time ("Started MutualApplication in X seconds"). */
    public double springStartedSeconds() {
        try {
            Matcher m = Pattern.compile("Started \\S+ in ([0-9.]+) seconds").matcher(Files.readString(log));
            return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    /** CPU time (user + system) the process has used so far, from {@code /proc/<pid>/stat}. */
    public Duration cpuTime() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is the state (field 3); utime and stime are fields 14 and 15, in clock ticks.
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Duration.ofMillis(ticks * 1000 / clockTicksPerSecond());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The process's resident memory in bytes (VmRSS). */
    public long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The live heap after a full collection, in all and by class ({@code jcmd GC.class_histogram}), without
     * the filler arrays the histogram also lists.
     */
    public Histogram liveHeap() {
        String histogram = jcmd("GC.class_histogram");
        Matcher total = HISTOGRAM_TOTAL.matcher(histogram);
        if (!total.find()) {
            throw new IllegalStateException("No total in the class histogram: "
                    + histogram.substring(Math.max(0, histogram.length() - 500)));
        }
        Map<String, Long> byClass = new HashMap<>();
        long filler = 0;
        Matcher line = HISTOGRAM_LINE.matcher(histogram);
        while (line.find()) {
            long bytes = Long.parseLong(line.group(2));
            if (line.group(3).contains("jdk.internal.vm.Filler")) {
                // Not objects: the JVM's placeholders for unused space (the rest of a thread's allocation buffer).
                filler += bytes;
            } else {
                byClass.merge(line.group(3), bytes, Long::sum);
            }
        }
        return new Histogram(Long.parseLong(total.group(2)) - filler, byClass);
    }

    /** Bytes of live objects in all and per class name. */
    public record Histogram(long total, Map<String, Long> byClass) {

        /** The {@code top} classes that grew most from {@code before}, one line each: bytes, class. */
        public List<String> grownSince(Histogram before, int top) {
            return byClass.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - before.byClass.getOrDefault(e.getKey(), 0L)))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(top)
                    .map(e -> String.format(Locale.ROOT, "%,14d  %s", e.getValue(), e.getKey()))
                    .toList();
        }
    }

    public String jcmd(String command) {
        try {
            Process jcmd = new ProcessBuilder(JCMD.toString(), Long.toString(pid()), command).redirectErrorStream(true)
                    .start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            if (!jcmd.waitFor(5, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop(process);
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    /** Asks the process and its children to stop (graceful shutdown), then ends them after 40 s. */
    private static void stop(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static long clockTicksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(getconf.getInputStream().readAllBytes()).trim();
            getconf.waitFor(10, TimeUnit.SECONDS);
            return Long.parseLong(out);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
