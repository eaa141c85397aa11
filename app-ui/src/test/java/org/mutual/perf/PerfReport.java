package org.mutual.perf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Merges the benchmark's part files ({@code target/perf/parts/*.json}, arrays of {name, value, unit,
 * target, pass, detail?}) into {@code target/perf/results.json} and rewrites the table between
 * {@code <!-- results:start -->} and {@code <!-- results:end -->} in {@code docs/performance.md}, with the
 * machine it ran on. Plain JDK, so {@code ./mutual benchmark} runs it as a source file:
 * {@code java app-ui/src/test/java/org/mutual/perf/PerfReport.java [project root]}.
 */
public final class PerfReport {

    static final String START = "<!-- results:start -->";
    static final String END = "<!-- results:end -->";

    private PerfReport() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path perf = root.resolve("target/perf");
        List<Map<String, Object>> measures = new ArrayList<>();
        Path parts = perf.resolve("parts");
        if (Files.isDirectory(parts)) {
            try (Stream<Path> files = Files.list(parts)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    Object parsed = new Json(Files.readString(file)).value();
                    List<?> items = parsed instanceof List<?> list ? list : List.of(parsed);
                    for (Object item : items) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> measure = new LinkedHashMap<>((Map<String, Object>) item);
                        measure.putIfAbsent("part", file.getFileName().toString().replace(".json", ""));
                        measures.add(measure);
                    }
                }
            }
        }
        measures.addAll(screenMeasures(perf.resolve("raw")));
        String machine = machine();
        Files.createDirectories(perf);
        StringBuilder json = new StringBuilder("{\n  \"machine\": ").append(quote(machine)).append(",\n  \"measures\": [\n");
        for (int i = 0; i < measures.size(); i++) {
            json.append("    ").append(toJson(measures.get(i))).append(i + 1 < measures.size() ? ",\n" : "\n");
        }
        json.append("  ]\n}\n");
        Files.writeString(perf.resolve("results.json"), json);

        Path doc = root.resolve("docs/performance.md");
        if (Files.exists(doc)) {
            String text = Files.readString(doc);
            int start = text.indexOf(START);
            int end = text.indexOf(END);
            if (start >= 0 && end > start) {
                Files.writeString(doc, text.substring(0, start + START.length()) + "\n" + table(machine, measures)
                        + text.substring(end));
            }
        }
        long failed = measures.stream().filter(m -> !Boolean.TRUE.equals(m.get("pass"))).count();
        System.out.printf("perf report: %d measures, %d missed their target; %s and docs/performance.md%n",
                measures.size(), failed, perf.resolve("results.json"));
    }

    /**
     * From each size's screen figures (raw/screens-&lt;size&gt;.json, and raw/screens-postgresql.json from
     * PostgreSQL): statements per screen (the most any size sent; met when every size and both databases
     * sent the same number, at most six), rows read (what the database
     * scanned for them on large, and huge, divided by small; each group is alike on every size, so at most
     * 1.1) and growth (median server time on large, and huge, divided by small; target at most 1.5): the
     * CPU time of the thread that rendered the screen, over every JVM that rendered that size's screens.
     */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> screenMeasures(Path raw) throws IOException {
        Map<String, Map<String, Map<String, Object>>> bySize = new LinkedHashMap<>();
        for (String size : List.of("small", "large", "huge", "postgresql")) {
            Path file = raw.resolve("screens-" + size + ".json");
            if (Files.exists(file)) {
                Map<String, Map<String, Object>> screens = new LinkedHashMap<>();
                for (Object item : (List<Object>) new Json(Files.readString(file)).value()) {
                    Map<String, Object> screen = (Map<String, Object>) item;
                    screens.put((String) screen.get("screen"), screen);
                }
                bySize.put(size, screens);
            }
        }
        List<Map<String, Object>> measures = new ArrayList<>();
        if (bySize.isEmpty()) {
            return measures;
        }
        Map<String, Map<String, Object>> first = bySize.values().iterator().next();
        for (String screen : first.keySet()) {
            String title = (String) first.get(screen).get("title");
            double most = 0;
            boolean same = true;
            StringBuilder detail = new StringBuilder();
            Double previous = null;
            for (var size : bySize.entrySet()) {
                double count = (Double) size.getValue().get(screen).get("statements");
                most = Math.max(most, count);
                same &= previous == null || previous == count;
                previous = count;
                detail.append(detail.isEmpty() ? "" : ", ").append(size.getKey()).append(' ').append((long) count);
            }
            measures.add(measure("statements." + screen, most, "statements per render",
                    "≤ 6, same on every size", same && most <= 6, title + ": " + detail, "screens"));
            Map<String, Object> small = bySize.getOrDefault("small", Map.of()).get(screen);
            for (String larger : List.of("large", "huge")) {
                Map<String, Object> big = bySize.getOrDefault(larger, Map.of()).get(screen);
                if (small != null && big != null) {
                    if (small.get("rowsRead") instanceof Double smallRows && big.get("rowsRead") instanceof Double bigRows) {
                        double rows = bigRows / Math.max(1, smallRows);
                        measures.add(measure("rows." + screen + (larger.equals("large") ? "" : " (huge)"), rows,
                                "× small", "≤ 1.1", rows <= 1.1, String.format(Locale.ROOT,
                                        "%s: %d rows read on small, %d on %s", title, smallRows.longValue(),
                                        bigRows.longValue(), larger), "screens"));
                    }
                    // Server time is the rendering thread's CPU time (it leaves out what the machine's other
                    // threads and processes take from it); the wall-clock medians go along.
                    double ratio = (Double) big.get("medianCpuMs") / (Double) small.get("medianCpuMs");
                    String growth = String.format(Locale.ROOT, "%s: median CPU %.1f ms on small, %.1f ms on %s "
                                    + "(wall %.1f ms, %.1f ms; renders of %s and %s JVMs)", title,
                            small.get("medianCpuMs"), big.get("medianCpuMs"), larger, small.get("medianMs"),
                            big.get("medianMs"), jvms(small), jvms(big));
                    measures.add(measure("growth." + screen + (larger.equals("large") ? "" : " (huge)"), ratio,
                            "× small", "≤ 1.5", ratio <= 1.5, growth, "screens"));
                }
            }
        }
        return measures;
    }

    /** In how many JVMs a size's screens were rendered (see PracticeBenchmarkBase.POOL). */
    private static String jvms(Map<String, Object> screen) {
        return screen.get("jvms") instanceof Double jvms ? String.valueOf(jvms.intValue()) : "1";
    }

    private static Map<String, Object> measure(String name, double value, String unit, String target, boolean pass,
                                               String detail, String part) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("value", value);
        m.put("unit", unit);
        m.put("target", target);
        m.put("pass", pass);
        m.put("detail", detail);
        m.put("part", part);
        return m;
    }

    static String table(String machine, List<Map<String, Object>> measures) {
        StringBuilder t = new StringBuilder("Measured on: ").append(machine).append("\n\n");
        t.append("| measure | value | unit | target | pass | detail |\n|---|---:|---|---|---|---|\n");
        for (Map<String, Object> m : measures) {
            t.append("| ").append(cell(m.get("name"))).append(" | ").append(number(m.get("value"))).append(" | ")
                    .append(cell(m.get("unit"))).append(" | ").append(cell(m.get("target"))).append(" | ")
                    .append(Boolean.TRUE.equals(m.get("pass")) ? "yes" : "**no**").append(" | ")
                    .append(cell(m.get("detail"))).append(" |\n");
        }
        return t.toString();
    }

    private static String number(Object value) {
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue())
                    : String.format(Locale.ROOT, "%.2f", d);
        }
        return cell(value);
    }

    private static String cell(Object value) {
        return value == null ? "" : String.valueOf(value).replace("|", "\\|").replace("\n", " ");
    }

    static String machine() {
        int cores = Runtime.getRuntime().availableProcessors();
        long ramBytes = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            ramBytes = os.getTotalMemorySize();
        }
        String cpu = firstMatch(Path.of("/proc/cpuinfo"), "model name");
        String osName = firstMatch(Path.of("/etc/os-release"), "PRETTY_NAME");
        return String.format(Locale.ROOT, "%d cores%s, %.1f GB RAM, JDK %s (%s), %s (%s %s), %s", cores,
                cpu.isEmpty() ? "" : " (" + cpu + ")", ramBytes / 1e9, System.getProperty("java.version"),
                System.getProperty("java.vendor"), osName.isEmpty() ? System.getProperty("os.name") : osName,
                System.getProperty("os.name"), System.getProperty("os.version"),
                ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")));
    }

    private static String firstMatch(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(line.contains(":") ? ':' : '=') + 1).trim().replace("\"", "");
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: leave it out
        }
        return "";
    }

    static String toJson(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder b = new StringBuilder("{");
            map.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(quote(String.valueOf(k))).append(": ")
                    .append(toJson(v)));
            return b.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder b = new StringBuilder("[");
            list.forEach(v -> b.append(b.length() > 1 ? ", " : "").append(toJson(v)));
            return b.append(']').toString();
        }
        return String.valueOf(value);
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
            }
        }
        return b.append('"').toString();
    }

    /** Just enough JSON for the part files: objects, arrays, strings, numbers, true, false, null. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    i++;
                    skip();
                    if (s.charAt(i) == '}') {
                        i++;
                        return map;
                    }
                    while (true) {
                        skip();
                        String key = string();
                        skip();
                        expect(':');
                        map.put(key, value());
                        skip();
                        if (s.charAt(i++) == '}') {
                            return map;
                        }
                    }
                }
                case '[' -> {
                    List<Object> list = new ArrayList<>();
                    i++;
                    skip();
                    if (s.charAt(i) == ']') {
                        i++;
                        return list;
                    }
                    while (true) {
                        list.add(value());
                        skip();
                        if (s.charAt(i++) == ']') {
                            return list;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    if (s.startsWith("true", i)) {
                        i += 4;
                        return true;
                    }
                    if (s.startsWith("false", i)) {
                        i += 5;
                        return false;
                    }
                    if (s.startsWith("null", i)) {
                        i += 4;
                        return null;
                    }
                    int from = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    return Double.parseDouble(s.substring(from, i));
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
            i++;
            return b.toString();
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("expected " + c + " at " + i);
            }
            i++;
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
