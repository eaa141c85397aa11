package org.mutual.domain.measure;

import java.util.Objects;

/** How often a scheduled questionnaire is asked for: once by a due date, or every Nth session. */
public sealed interface Cadence {

    int MAX_EVERY = 26;

    /** One request, due on {@code due}. */
    record Once(java.time.LocalDate due) implements Cadence {
        public Once {
            Objects.requireNonNull(due, "due");
            org.mutual.domain.base.Validator.requireDateInRange(due, "due");
        }
    }

    /**
     * A request for the group's first session after scheduling and then every {@code sessions}th
     * session (1: every session). Cancelled sessions don't count.
     */
    record EverySessions(int sessions) implements Cadence {
    }
}
