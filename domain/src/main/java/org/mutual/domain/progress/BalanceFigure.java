package org.mutual.domain.progress;

import java.util.List;
import java.util.Optional;

/**
 * A member's give-and-take balance over the conversations recorded for them, oldest first: each is
 * the smaller turn count of the pair over the larger (see
 * {@link org.mutual.domain.record.GiveAndTake#balance(int, int)}), 1 meaning perfectly even.
 */
public record BalanceFigure(List<Double> history) {

    public BalanceFigure {
        history = List.copyOf(history);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a balance figure needs at least one conversation");
        }
    }

    /** The figure, or empty when no conversation was recorded. */
    public static Optional<BalanceFigure> of(List<Double> history) {
        return history.isEmpty() ? Optional.empty() : Optional.of(new BalanceFigure(history));
    }

    public int conversations() {
        return history.size();
    }

    public double latest() {
        return history.getLast();
    }

    public double average() {
        return history.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
