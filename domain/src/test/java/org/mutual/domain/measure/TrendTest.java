package org.mutual.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mutual.domain.client.ClientId;

class TrendTest {

    static final Instant WEEK_1 = Instant.parse("2026-03-03T17:00:00Z");

    static ScorePoint point(long id, Instrument instrument, int week, int total) {
        return new ScorePoint(new ResponseId(id), WEEK_1.plusSeconds(604800L * (week - 1)),
                new Score(instrument, total, instrument.band(total)));
    }

    @ParameterizedTest(name = "{0}: {1} → {2} is {3}")
    @CsvSource({
            "PHQ9, 15, 11, NONE", "PHQ9, 15, 10, IMPROVED", "PHQ9, 15, 0, IMPROVED",
            "PHQ9, 15, 19, NONE", "PHQ9, 15, 20, DETERIORATED", "PHQ9, 0, 5, DETERIORATED", "PHQ9, 0, 4, NONE",
            "PHQ9, 15, 15, NONE",
            "GAD7, 12, 9, NONE", "GAD7, 12, 8, IMPROVED", "GAD7, 12, 15, NONE", "GAD7, 12, 16, DETERIORATED",
            "GAD7, 4, 0, IMPROVED", "GAD7, 17, 21, DETERIORATED"})
    void a_change_is_reliable_from_five_points_on_the_phq9_and_four_on_the_gad7(Instrument instrument, int baseline,
                                                                              int total, ReliableChange expected) {
        assertThat(ReliableChange.between(instrument, baseline, total)).isEqualTo(expected);
    }

    @Test
    void the_first_score_is_the_baseline_and_each_later_one_is_compared_with_it() {
        List<ScorePoint> scores = List.of(point(4, Instrument.PHQ9, 4, 9), point(1, Instrument.PHQ9, 1, 16),
                point(2, Instrument.GAD7, 1, 14), point(3, Instrument.PHQ9, 2, 13), point(5, Instrument.PHQ9, 5, 21));

        Trend phq = new MemberScores(new ClientId(1), scores).trend(Instrument.PHQ9);

        assertThat(phq.baseline()).contains(scores.get(1));
        assertThat(phq.points()).extracting(Trend.Point::changeFromBaseline).containsExactly(0, -3, -7, 5);
        assertThat(phq.points()).extracting(Trend.Point::change).containsExactly(ReliableChange.NONE,
                ReliableChange.NONE, ReliableChange.IMPROVED, ReliableChange.DETERIORATED);
        assertThat(phq.reliableChanges()).extracting(p -> p.score().response().value()).containsExactly(4L, 5L);
        Trend gad = Trend.of(Instrument.GAD7, scores);
        assertThat(gad.points()).singleElement().satisfies(p -> assertThat(p.change()).isEqualTo(ReliableChange.NONE));
        assertThat(new MemberScores(new ClientId(1), scores).instruments())
                .containsExactly(Instrument.PHQ9, Instrument.GAD7);
        assertThat(Trend.of(Instrument.GAD7, List.of()).isEmpty()).isTrue();
    }
}
