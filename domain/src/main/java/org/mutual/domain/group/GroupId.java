package org.mutual.domain.group;

/** Identifies a therapy group. */
public record GroupId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
