package org.mutual.domain.session;

/** Identifies one meeting of a group. */
public record SessionId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
