package org.mutual.ui.client;

import java.util.List;
import java.util.Locale;
import org.mutual.domain.clientfile.ClinicalHistory.BalancePoint;

/**
 * A small line chart of give-and-take balance (0 = one-sided, 1 = even) over time, rendered as SVG
 * on the server: no client-side charting code.
 */
final class BalanceChart {

    private static final int WIDTH = 480;
    private static final int HEIGHT = 160;
    private static final int PAD = 28;

    private BalanceChart() {
    }

    static String svg(List<BalancePoint> points, String title) {
        return svg(points, title, Locale.ENGLISH);
    }

    /** Coordinates are plain numbers; the axis labels and values read in {@code locale} ("0,5" in Spanish). */
    static String svg(List<BalancePoint> points, String title, Locale locale) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' width='%d' height='%d' role='img' "
                        + "aria-label='%s' class='balance-chart'>", WIDTH, HEIGHT, WIDTH, HEIGHT, escape(title)));
        svg.append("<title>").append(escape(title)).append("</title>");
        for (double level : new double[] {0, 0.5, 1}) {
            double y = y(level);
            svg.append(String.format(Locale.ROOT,
                    "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='currentColor' stroke-opacity='0.2'/>"
                            + "<text x='2' y='%.1f' font-size='10' fill='currentColor'>%s</text>",
                    PAD, y, WIDTH - 8, y, y + 3, String.format(locale, "%.1f", level)));
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double x = x(i, points.size());
            double y = y(points.get(i).balance());
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            svg.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='3.5' fill='currentColor'>"
                    + "<title>%s</title></circle>", x, y, String.format(locale, "%.2f", points.get(i).balance())));
        }
        if (points.size() > 1) {
            svg.append("<polyline fill='none' stroke='currentColor' stroke-width='2' points='")
                    .append(line.toString().strip()).append("'/>");
        }
        return svg.append("</svg>").toString();
    }

    private static double x(int index, int count) {
        double span = WIDTH - PAD - 16;
        return count <= 1 ? PAD + span / 2 : PAD + span * index / (count - 1);
    }

    private static double y(double balance) {
        return HEIGHT - 16 - (HEIGHT - 32) * balance;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
