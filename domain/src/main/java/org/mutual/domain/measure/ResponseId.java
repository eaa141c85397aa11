package org.mutual.domain.measure;

/** Identifies one member's response to one scheduled questionnaire. */
public record ResponseId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
