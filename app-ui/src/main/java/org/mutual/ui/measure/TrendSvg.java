package org.mutual.ui.measure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.BiFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.mutual.domain.measure.Band;
import org.mutual.domain.measure.BandRange;
import org.mutual.domain.measure.Trend;

/**
 * Draws a member's trend on one instrument as SVG on the server (JFreeChart onto JFreeSVG): the
 * scores over time on the instrument's full scale, the severity bands shaded behind them, and a
 * marker with a label on each score that differs reliably from the first one. No client-side code.
 */
final class TrendSvg {

    static final int WIDTH = 640;
    static final int HEIGHT = 300;

    private static final Map<Band, Color> BAND_COLOURS = Map.of(
            Band.MINIMAL, new Color(46, 125, 50, 40),
            Band.MILD, new Color(249, 168, 37, 45),
            Band.MODERATE, new Color(239, 108, 0, 45),
            Band.MODERATELY_SEVERE, new Color(216, 67, 21, 50),
            Band.SEVERE, new Color(183, 28, 28, 55));
    private static final Color LINE = new Color(21, 101, 192);
    private static final Color MARKER = new Color(106, 27, 154);
    private static final Duration PADDING = Duration.ofDays(3);

    private TrendSvg() {
    }

    /**
     * The chart as an {@code <svg>} element that scales to its container.
     *
     * @param text translates a key with arguments (the component's {@code getTranslation})
     */
    static String render(Trend trend, String id, BiFunction<String, Object[], String> text, ZoneId zone,
                         Locale locale) {
        XYSeries scores = new XYSeries(text.apply("measure.trend.series", new Object[0]));
        XYSeries reliable = new XYSeries(text.apply("measure.trend.reliable", new Object[0]));
        for (Trend.Point p : trend.points()) {
            double x = p.score().submittedAt().toEpochMilli();
            scores.add(x, p.score().total());
            if (p.change().isReliable()) {
                reliable.add(x, p.score().total());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(scores);
        data.addSeries(reliable);

        DateAxis time = new DateAxis(text.apply("measure.trend.date", new Object[0]), TimeZone.getTimeZone(zone),
                locale);
        Instant first = trend.points().getFirst().score().submittedAt();
        Instant last = trend.points().getLast().score().submittedAt();
        time.setRange(Date.from(first.minus(PADDING)), Date.from(last.plus(PADDING)));
        NumberAxis score = new NumberAxis(text.apply("measure.trend.score", new Object[0]));
        score.setRange(0, trend.instrument().maxTotal() + 0.5);
        score.setStandardTickUnits(NumberAxis.createIntegerTickUnits());

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, true);
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesPaint(0, LINE);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShapesVisible(1, true);
        renderer.setSeriesPaint(1, MARKER);
        renderer.setSeriesShape(1, new Rectangle2D.Double(-7, -7, 14, 14));

        XYPlot plot = new XYPlot(data, time, score, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0, 0, 0, 30));
        plot.setRangeGridlinePaint(new Color(0, 0, 0, 30));
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        for (BandRange band : trend.instrument().bands()) {
            // Whole-number totals: a band reaches up to the next band's first total.
            double top = band.max() == trend.instrument().maxTotal() ? band.max() + 0.5 : band.max() + 1;
            IntervalMarker marker = new IntervalMarker(band.min(), top, BAND_COLOURS.get(band.band()));
            marker.setLabel(text.apply("measure.band." + band.band().name(), new Object[0]));
            marker.setLabelFont(small);
            marker.setLabelPaint(new Color(60, 60, 60));
            marker.setLabelBackgroundColor(new Color(0, 0, 0, 0));
            marker.setLabelAnchor(RectangleAnchor.LEFT);
            marker.setLabelTextAnchor(TextAnchor.CENTER_LEFT);
            plot.addRangeMarker(marker, Layer.BACKGROUND);
        }
        for (Trend.Point p : trend.reliableChanges()) {
            String label = p.changeFromBaseline() < 0
                    ? text.apply("measure.trend.improved", new Object[] {p.changeFromBaseline()})
                    : text.apply("measure.trend.deteriorated", new Object[] {p.changeFromBaseline()});
            XYTextAnnotation note = new XYTextAnnotation(label, p.score().submittedAt().toEpochMilli(),
                    p.score().total() + 0.8);
            // Left of the point: a reliable change is never the first point, so there is room there.
            note.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
            note.setFont(small);
            note.setPaint(MARKER);
            plot.addAnnotation(note);
        }

        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        // Unique definitions per chart, so two charts on one page don't share clip paths.
        g.setDefsKeyPrefix(id + "-");
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }
}
