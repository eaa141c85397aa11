package org.mutual.domain.homework;

/** Identifies one entry of the resource library. */
public record ResourceId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
