package org.mutual.domain.measure;

import java.util.List;
import java.util.Objects;
import org.mutual.domain.client.ClientId;

/** A member's submitted questionnaires, oldest first, as their facilitators may see them. */
public record MemberScores(ClientId client, List<ScorePoint> scores) {

    public MemberScores {
        Objects.requireNonNull(client, "client");
        scores = List.copyOf(scores);
    }

    /** The scores of the member's submitted responses (those that have one), in the responses' order. */
    public static MemberScores of(ClientId client, List<MeasureResponse> submitted) {
        return new MemberScores(client, submitted.stream()
                .flatMap(r -> r.score().map(s -> new ScorePoint(r.id(), r.submittedAt(), s)).stream())
                .toList());
    }

    public Trend trend(Instrument instrument) {
        return Trend.of(instrument, scores);
    }

    /** The instruments the member has scores for, in declaration order. */
    public List<Instrument> instruments() {
        return java.util.Arrays.stream(Instrument.values())
                .filter(i -> scores.stream().anyMatch(s -> s.instrument() == i))
                .toList();
    }
}
