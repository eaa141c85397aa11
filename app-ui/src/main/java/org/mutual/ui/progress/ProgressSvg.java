package org.mutual.ui.progress;

import java.util.List;
import java.util.Locale;
import org.mutual.domain.progress.Presence;

/**
 * The page's small pictures as SVG text, drawn on the server: an attendance strip (one square per
 * held session) and a sparkline. Every text that goes in is escaped, and each picture carries a
 * title so screen readers get the same facts the colours show.
 */
final class ProgressSvg {

    static final int CELL = 12;
    static final int GAP = 3;
    static final int SPARK_WIDTH = 96;
    static final int SPARK_HEIGHT = 24;

    private ProgressSvg() {
    }

    /**
     * One square per session, oldest first. {@code labels} has one tooltip per square (date and
     * status); {@code title} sums the strip up in words.
     */
    static String strip(List<Presence> strip, List<String> labels, String title) {
        if (strip.size() != labels.size()) {
            throw new IllegalArgumentException(strip.size() + " squares, " + labels.size() + " labels");
        }
        int width = Math.max(1, strip.size() * (CELL + GAP) - GAP);
        StringBuilder svg = open(width, CELL, title, "progress-strip");
        for (int i = 0; i < strip.size(); i++) {
            int x = i * (CELL + GAP);
            svg.append(String.format(Locale.ROOT, "<rect x='%d' y='0' width='%d' height='%d' rx='2' class='%s'>",
                    x, CELL, CELL, "presence-" + strip.get(i).name().toLowerCase(Locale.ROOT).replace('_', '-')));
            svg.append("<title>").append(escape(labels.get(i))).append("</title></rect>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A line through {@code values} on a scale from {@code min} to {@code max} (higher drawn higher),
     * with a dot on the latest value; a single value is a dot alone.
     */
    static String sparkline(List<? extends Number> values, double min, double max, String title) {
        if (values.isEmpty() || max <= min) {
            throw new IllegalArgumentException("nothing to draw");
        }
        StringBuilder svg = open(SPARK_WIDTH, SPARK_HEIGHT, title, "progress-spark");
        StringBuilder points = new StringBuilder();
        double lastX = 0;
        double lastY = 0;
        for (int i = 0; i < values.size(); i++) {
            lastX = values.size() == 1 ? SPARK_WIDTH / 2.0 : 3 + (SPARK_WIDTH - 6) * (double) i / (values.size() - 1);
            double level = (Math.clamp(values.get(i).doubleValue(), min, max) - min) / (max - min);
            lastY = SPARK_HEIGHT - 3 - (SPARK_HEIGHT - 6) * level;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", lastX, lastY));
        }
        if (values.size() > 1) {
            svg.append("<polyline fill='none' stroke='currentColor' stroke-width='1.5' points='")
                    .append(points.toString().strip()).append("'/>");
        }
        svg.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='2.5' fill='currentColor'/>", lastX, lastY));
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String title, String cssClass) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' "
                + "width='%d' height='%d' role='img' aria-label='%s' class='%s'>", width, height, width, height,
                escape(title), cssClass));
        return svg.append("<title>").append(escape(title)).append("</title>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
