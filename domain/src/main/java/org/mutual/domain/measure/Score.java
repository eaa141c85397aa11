package org.mutual.domain.measure;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The total of a complete questionnaire and its band. */
public record Score(Instrument instrument, int total, Band band) {

    public Score {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(band, "band");
        if (total < 0 || total > instrument.maxTotal() || instrument.band(total) != band) {
            throw new IllegalArgumentException(instrument + " total " + total + " is not " + band);
        }
    }

    /**
     * Scores the answers by the published rule: the sum of all items. A questionnaire with any item
     * unanswered is not scored, so the result is empty.
     *
     * @throws IllegalArgumentException for an item the instrument doesn't have or an answer outside 0–3
     */
    public static Optional<Score> of(Instrument instrument, Map<Integer, Integer> answers) {
        int total = 0;
        for (Map.Entry<Integer, Integer> answer : answers.entrySet()) {
            if (!instrument.hasItem(answer.getKey()) || answer.getValue() == null
                    || answer.getValue() < Instrument.MIN_ANSWER || answer.getValue() > Instrument.MAX_ANSWER) {
                throw new IllegalArgumentException(instrument + " item " + answer.getKey() + " = " + answer.getValue());
            }
            total += answer.getValue();
        }
        if (answers.size() != instrument.items()) {
            return Optional.empty();
        }
        return Optional.of(new Score(instrument, total, instrument.band(total)));
    }
}
