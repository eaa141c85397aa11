package org.mutual.domain.intake;

/** Identifies an intake submission. */
public record IntakeId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
