package org.mutual.domain.measure;

/** Identifies one schedule a facilitator set up. */
public record ScheduleId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
