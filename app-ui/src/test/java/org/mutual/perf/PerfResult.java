package org.mutual.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One figure of the performance benchmark: {@code name}, {@code value} in {@code unit}, the
 * {@code target} in words and whether it was met. Each measure writes its figures to
 * {@code target/perf/parts/<measure>.json} at the project root; {@link PerfReport} merges them.
 */
public record PerfResult(String name, double value, String unit, String target, boolean pass, String detail) {

    /**
     * Where every benchmark file goes: {@code -Dmutual.perf.dir}, else the project root's target/perf (also
     * when the tests run inside a module).
     */
    public static Path perfDir() {
        String dir = System.getProperty("mutual.perf.dir", "");
        if (!dir.isBlank()) {
            return Path.of(dir);
        }
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.exists(here.resolve("mvnw")) ? here : here.getParent();
        return root.resolve("target").resolve("perf");
    }

    public static void write(String measure, List<PerfResult> results) throws IOException {
        Path parts = perfDir().resolve("parts");
        Files.createDirectories(parts);
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < results.size(); i++) {
            json.append("  ").append(results.get(i).toJson()).append(i + 1 < results.size() ? ",\n" : "\n");
        }
        Files.writeString(parts.resolve(measure + ".json"), json.append("]\n"));
    }

    public String toJson() {
        String number = value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.3f", value);
        return "{\"name\": " + quote(name) + ", \"value\": " + number + ", \"unit\": " + quote(unit)
                + ", \"target\": " + quote(target) + ", \"pass\": " + pass
                + (detail == null ? "" : ", \"detail\": " + quote(detail)) + "}";
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
