package org.mutual.domain.note;

/** Identifies an addendum to a signed note. */
public record AddendumId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
