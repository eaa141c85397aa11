package org.mutual.perf.jar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mutual.perf.PerfResult;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One measure's figures, written to {@code parts/<measure>.json} under {@link PerfResult#perfDir()} as a
 * JSON array of {@code {name, value, unit, target, pass, detail}} for the report.
 */
public final class PerfPart {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String measure;
    private final List<ObjectNode> figures = new ArrayList<>();

    public PerfPart(String measure) {
        this.measure = measure;
    }

    /** A figure with a target; {@code pass} says whether it was met. */
    public PerfPart add(String name, double value, String unit, String target, boolean pass, String detail) {
        ObjectNode figure = JSON.createObjectNode();
        figure.put("name", name);
        figure.put("value", Math.round(value * 100) / 100.0);
        figure.put("unit", unit);
        if (target == null) {
            figure.putNull("target");
        } else {
            figure.put("target", target);
        }
        figure.put("pass", pass);
        if (detail != null) {
            figure.put("detail", detail);
        }
        figures.add(figure);
        return this;
    }

    /** A figure reported without a target (it passes). */
    public PerfPart info(String name, double value, String unit, String detail) {
        return add(name, value, unit, null, true, detail);
    }

    public Path write() {
        ArrayNode array = JSON.createArrayNode();
        figures.forEach(array::add);
        Path file = PerfResult.perfDir().resolve("parts").resolve(measure + ".json");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
