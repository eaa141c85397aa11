package org.mutual.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scoring by the published rules: the total is the sum of the items, and the band follows the
 * publishers' cut-offs. The expected bands are written out per total, independent of the code.
 */
class ScoringTest {

    /** Answers that add up to {@code total}: threes first, then the remainder, then zeros. */
    static Map<Integer, Integer> answersFor(Instrument instrument, int total) {
        Map<Integer, Integer> answers = new HashMap<>();
        int left = total;
        for (int item = 1; item <= instrument.items(); item++) {
            int value = Math.min(3, left);
            answers.put(item, value);
            left -= value;
        }
        assertThat(left).isZero();
        return answers;
    }

    /** The same total reached the other way round: zeros first, threes at the end, one item lower by the rest. */
    static Map<Integer, Integer> answersBackwards(Instrument instrument, int total) {
        Map<Integer, Integer> answers = new HashMap<>();
        int left = total;
        for (int item = instrument.items(); item >= 1; item--) {
            int value = Math.min(3, left);
            answers.put(item, value);
            left -= value;
        }
        return answers;
    }

    @ParameterizedTest(name = "PHQ-9 total {0} is {1}")
    @CsvSource({
            "0, MINIMAL", "1, MINIMAL", "2, MINIMAL", "3, MINIMAL", "4, MINIMAL",
            "5, MILD", "6, MILD", "7, MILD", "8, MILD", "9, MILD",
            "10, MODERATE", "11, MODERATE", "12, MODERATE", "13, MODERATE", "14, MODERATE",
            "15, MODERATELY_SEVERE", "16, MODERATELY_SEVERE", "17, MODERATELY_SEVERE", "18, MODERATELY_SEVERE",
            "19, MODERATELY_SEVERE",
            "20, SEVERE", "21, SEVERE", "22, SEVERE", "23, SEVERE", "24, SEVERE", "25, SEVERE", "26, SEVERE",
            "27, SEVERE"})
    void every_phq9_total_falls_in_its_published_band(int total, Band band) {
        assertThat(Score.of(Instrument.PHQ9, answersFor(Instrument.PHQ9, total)))
                .contains(new Score(Instrument.PHQ9, total, band));
        assertThat(Score.of(Instrument.PHQ9, answersBackwards(Instrument.PHQ9, total)))
                .contains(new Score(Instrument.PHQ9, total, band));
        assertThat(Instrument.PHQ9.band(total)).isEqualTo(band);
    }

    @ParameterizedTest(name = "GAD-7 total {0} is {1}")
    @CsvSource({
            "0, MINIMAL", "1, MINIMAL", "2, MINIMAL", "3, MINIMAL", "4, MINIMAL",
            "5, MILD", "6, MILD", "7, MILD", "8, MILD", "9, MILD",
            "10, MODERATE", "11, MODERATE", "12, MODERATE", "13, MODERATE", "14, MODERATE",
            "15, SEVERE", "16, SEVERE", "17, SEVERE", "18, SEVERE", "19, SEVERE", "20, SEVERE", "21, SEVERE"})
    void every_gad7_total_falls_in_its_published_band(int total, Band band) {
        assertThat(Score.of(Instrument.GAD7, answersFor(Instrument.GAD7, total)))
                .contains(new Score(Instrument.GAD7, total, band));
        assertThat(Score.of(Instrument.GAD7, answersBackwards(Instrument.GAD7, total)))
                .contains(new Score(Instrument.GAD7, total, band));
        assertThat(Instrument.GAD7.band(total)).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0}: {1} is {2}, {3} is {4}")
    @CsvSource({
            "PHQ9, 4, MINIMAL, 5, MILD",
            "PHQ9, 9, MILD, 10, MODERATE",
            "PHQ9, 14, MODERATE, 15, MODERATELY_SEVERE",
            "PHQ9, 19, MODERATELY_SEVERE, 20, SEVERE",
            "GAD7, 4, MINIMAL, 5, MILD",
            "GAD7, 9, MILD, 10, MODERATE",
            "GAD7, 14, MODERATE, 15, SEVERE"})
    void each_band_boundary_lies_between_the_published_cut_offs(Instrument instrument, int below, Band lower,
                                                                int above, Band upper) {
        assertThat(Score.of(instrument, answersFor(instrument, below)).orElseThrow().band()).isEqualTo(lower);
        assertThat(Score.of(instrument, answersFor(instrument, above)).orElseThrow().band()).isEqualTo(upper);
    }

    @Test
    void the_bands_cover_every_possible_total_without_gaps_or_overlaps() {
        assertThat(Instrument.PHQ9.maxTotal()).isEqualTo(27);
        assertThat(Instrument.GAD7.maxTotal()).isEqualTo(21);
        for (Instrument instrument : Instrument.values()) {
            IntStream.rangeClosed(0, instrument.maxTotal()).forEach(total -> assertThat(instrument.bands())
                    .filteredOn(r -> r.contains(total)).hasSize(1));
            assertThatThrownBy(() -> instrument.band(-1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> instrument.band(instrument.maxTotal() + 1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Instrument.GAD7.bands()).extracting(BandRange::band)
                .doesNotContain(Band.MODERATELY_SEVERE);
    }

    @Test
    void an_incomplete_questionnaire_is_not_scored() {
        Map<Integer, Integer> eightOfNine = answersFor(Instrument.PHQ9, 27);
        eightOfNine.remove(5);

        assertThat(Score.of(Instrument.PHQ9, eightOfNine)).isEmpty();
        assertThat(Score.of(Instrument.PHQ9, Map.of())).isEmpty();
        assertThat(Score.of(Instrument.GAD7, Map.of(1, 3, 2, 3, 3, 3, 4, 3, 5, 3, 6, 3))).isEmpty();
    }

    @Test
    void answers_outside_zero_to_three_or_unknown_items_are_not_scored_at_all() {
        Map<Integer, Integer> four = answersFor(Instrument.GAD7, 0);
        four.put(3, 4);
        Map<Integer, Integer> negative = answersFor(Instrument.GAD7, 0);
        negative.put(3, -1);
        Map<Integer, Integer> eighthItem = answersFor(Instrument.GAD7, 0);
        eighthItem.put(8, 0);

        assertThatThrownBy(() -> Score.of(Instrument.GAD7, four)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Score.of(Instrument.GAD7, negative)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Score.of(Instrument.GAD7, eighthItem)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Score(Instrument.PHQ9, 10, Band.MILD)).isInstanceOf(IllegalArgumentException.class);
    }
}
