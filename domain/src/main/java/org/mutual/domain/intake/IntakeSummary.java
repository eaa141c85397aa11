package org.mutual.domain.intake;

import java.time.Instant;
import java.util.Set;
import org.mutual.domain.base.BarrierPattern;

/** A row of the intake queue: who, when, where it stands and which patterns they named (no free text). */
public record IntakeSummary(IntakeId id, String preferredName, Instant submittedAt, IntakeStatus status,
                            Set<BarrierPattern> patterns) {

    public IntakeSummary {
        patterns = Set.copyOf(patterns);
    }
}
