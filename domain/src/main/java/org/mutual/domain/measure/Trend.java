package org.mutual.domain.measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A member's scores on one instrument in the order they were given. The first is the baseline;
 * every later point carries its change from the baseline and whether that change is reliable.
 */
public record Trend(Instrument instrument, List<Point> points) {

    /** One score with its change from the baseline (0 for the baseline itself). */
    public record Point(ScorePoint score, int changeFromBaseline, ReliableChange change) {
    }

    public Trend {
        points = List.copyOf(points);
    }

    /** The trend of {@code instrument} among {@code scores}; scores of other instruments are ignored. */
    public static Trend of(Instrument instrument, List<ScorePoint> scores) {
        List<ScorePoint> ordered = scores.stream()
                .filter(s -> s.instrument() == instrument)
                .sorted(Comparator.comparing(ScorePoint::submittedAt).thenComparing(s -> s.response().value()))
                .toList();
        List<Point> points = new ArrayList<>();
        for (ScorePoint s : ordered) {
            int baseline = ordered.getFirst().total();
            points.add(new Point(s, s.total() - baseline, ReliableChange.between(instrument, baseline, s.total())));
        }
        return new Trend(instrument, points);
    }

    public Optional<ScorePoint> baseline() {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.getFirst().score());
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** The points whose change from the baseline is reliable, in order. */
    public List<Point> reliableChanges() {
        return points.stream().filter(p -> p.change().isReliable()).toList();
    }
}
