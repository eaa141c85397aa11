package org.mutual.domain.measure;

import java.time.Instant;
import java.util.Objects;

/** One submitted, scored questionnaire of a member, for their history and trend. */
public record ScorePoint(ResponseId response, Instant submittedAt, Score score) {

    public ScorePoint {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(score, "score");
    }

    public Instrument instrument() {
        return score.instrument();
    }

    public int total() {
        return score.total();
    }
}
