package org.mutual.domain.plan;

/** Identifies one planned exercise of one session. */
public record PlanItemId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
