package org.mutual.ui.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.ResponseId;
import org.mutual.domain.measure.Score;
import org.mutual.domain.measure.ScorePoint;
import org.mutual.domain.measure.Trend;
import org.w3c.dom.Document;

/** The trend chart is real SVG with the bands, the scores and the reliable-change markers in it. */
class TrendSvgTest {

    static final Instant WEEK_1 = Instant.parse("2026-03-03T17:00:00Z");

    /** Stands in for the translation bundle: the key and its arguments, so the test sees what was asked. */
    static String text(String key, Object[] args) {
        return args.length == 0 ? "[" + key + "]"
                : "[" + key + " " + Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(" ")) + "]";
    }

    static ScorePoint point(long id, Instrument instrument, int week, int total) {
        return new ScorePoint(new ResponseId(id), WEEK_1.plusSeconds(604800L * (week - 1)),
                new Score(instrument, total, instrument.band(total)));
    }

    static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_phq9_trend_shows_every_band_and_marks_the_reliable_changes() throws Exception {
        Trend trend = Trend.of(Instrument.PHQ9, List.of(point(1, Instrument.PHQ9, 1, 16),
                point(2, Instrument.PHQ9, 3, 13), point(3, Instrument.PHQ9, 5, 9), point(4, Instrument.PHQ9, 8, 21)));

        String svg = TrendSvg.render(trend, "trend-phq9", TrendSvgTest::text, ZoneId.of("Europe/Berlin"),
                Locale.UK);

        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "screenshots", "trend-phq9.svg"), svg);
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("id")).isEqualTo("trend-phq9");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0.0 0.0 640.0 300.0");
        assertThat(svg).contains("[measure.band.MINIMAL]", "[measure.band.MILD]", "[measure.band.MODERATE]",
                "[measure.band.MODERATELY_SEVERE]", "[measure.band.SEVERE]");
        assertThat(svg).contains("[measure.trend.improved -7]", "[measure.trend.deteriorated 5]");
        assertThat(svg).doesNotContain("[measure.trend.improved -3]");
        // The score axis runs over the whole scale, whatever the scores.
        assertThat(svg).contains(">0<", ">26<");
    }

    @Test
    void a_single_gad7_score_draws_without_markers() throws Exception {
        Trend trend = Trend.of(Instrument.GAD7, List.of(point(1, Instrument.GAD7, 1, 8)));

        String svg = TrendSvg.render(trend, "trend-gad7", TrendSvgTest::text, ZoneId.of("UTC"), Locale.UK);

        parse(svg);
        assertThat(svg).contains("[measure.band.SEVERE]").doesNotContain("[measure.band.MODERATELY_SEVERE]")
                .doesNotContain("measure.trend.improved").doesNotContain("measure.trend.deteriorated");
    }
}
