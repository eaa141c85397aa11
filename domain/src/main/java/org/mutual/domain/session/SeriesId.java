package org.mutual.domain.session;

/** Identifies a weekly series of sessions. */
public record SeriesId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
