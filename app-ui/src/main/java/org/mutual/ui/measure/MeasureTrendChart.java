package org.mutual.ui.measure;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.MemberScores;
import org.mutual.domain.measure.ScorePoint;
import org.mutual.domain.measure.Trend;

/**
 * A member's questionnaire scores over time, one chart per instrument they have scores for: the
 * severity bands shaded, a marker where the change from the first score is reliable, and the same
 * facts in a sentence for screen readers. Read the scores with
 * {@link org.mutual.domain.measure.MeasureService#scoresOf} (audited) and pass them in.
 */
public class MeasureTrendChart extends VerticalLayout {

    public MeasureTrendChart(MemberScores scores, ZoneId zone) {
        setId("measure-trend");
        setPadding(false);
        if (scores.scores().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("measure.trend.empty"));
            empty.setId("measure-trend-empty");
            add(empty);
            return;
        }
        for (Instrument instrument : scores.instruments()) {
            Trend trend = scores.trend(instrument);
            String id = "measure-trend-" + instrument.name();
            String name = getTranslation("measure.instrument." + instrument.name());
            Div chart = new Div(new Html(TrendSvg.render(trend, id + "-svg", this::getTranslation, zone,
                    getLocale())));
            chart.setId(id);
            chart.addClassName("chart");
            chart.getElement().setAttribute("role", "img");
            chart.getElement().setAttribute("aria-label", getTranslation("measure.trend.title", name));
            chart.setMaxWidth(TrendSvg.WIDTH + "px");
            chart.setWidthFull();
            Paragraph summary = new Paragraph(summary(trend));
            summary.setId(id + "-summary");
            add(new H4(getTranslation("measure.trend.title", name)), chart, summary);
        }
    }

    private String summary(Trend trend) {
        ScorePoint first = trend.points().getFirst().score();
        Trend.Point latest = trend.points().getLast();
        String change = latest.changeFromBaseline() > 0 ? "+" + latest.changeFromBaseline()
                : Integer.toString(latest.changeFromBaseline());
        if (latest.change().isReliable()) {
            change = getTranslation(latest.changeFromBaseline() < 0 ? "measure.trend.improved"
                    : "measure.trend.deteriorated", latest.changeFromBaseline());
        }
        return getTranslation("measure.trend.summary", first.total(),
                getTranslation("measure.band." + first.score().band().name()), latest.score().total(),
                getTranslation("measure.band." + latest.score().score().band().name()), change)
                + " " + getTranslation("measure.trend.reliable-note", trend.instrument().reliableChange());
    }
}
