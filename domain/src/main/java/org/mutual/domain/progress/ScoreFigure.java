package org.mutual.domain.progress;

import java.util.List;
import java.util.Optional;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.ReliableChange;
import org.mutual.domain.measure.ScorePoint;
import org.mutual.domain.measure.Trend;

/**
 * A member's latest score on one instrument with its change from their first (baseline) and from
 * their previous score, each flagged when it is at least the instrument's reliable change (5 points
 * on the PHQ-9, 4 on the GAD-7). {@code previous} is empty when the latest score is the only one.
 */
public record ScoreFigure(Instrument instrument, ScorePoint latest, int count, int changeFromFirst,
                          ReliableChange sinceFirst, Optional<Integer> changeFromPrevious,
                          ReliableChange sincePrevious, List<Integer> totals) {

    public ScoreFigure {
        totals = List.copyOf(totals);
    }

    /** The figure of a trend; empty when the member has no score on the instrument. */
    public static Optional<ScoreFigure> of(Trend trend) {
        if (trend.isEmpty()) {
            return Optional.empty();
        }
        List<Trend.Point> points = trend.points();
        Trend.Point last = points.getLast();
        List<Integer> totals = points.stream().map(p -> p.score().total()).toList();
        Optional<Integer> sincePrevious = Optional.empty();
        ReliableChange previousChange = ReliableChange.NONE;
        if (points.size() > 1) {
            int previous = points.get(points.size() - 2).score().total();
            sincePrevious = Optional.of(last.score().total() - previous);
            previousChange = ReliableChange.between(trend.instrument(), previous, last.score().total());
        }
        return Optional.of(new ScoreFigure(trend.instrument(), last.score(), points.size(), last.changeFromBaseline(),
                last.change(), sincePrevious, previousChange, totals));
    }

    /** Whether the latest score is reliably better than the first. */
    public boolean reliablyImproved() {
        return sinceFirst == ReliableChange.IMPROVED;
    }
}
