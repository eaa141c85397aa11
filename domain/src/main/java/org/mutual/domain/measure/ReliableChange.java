package org.mutual.domain.measure;

/**
 * Whether a score differs from the baseline by at least the instrument's reliable change: lower
 * scores mean fewer symptoms, so a reliable drop is an improvement.
 */
public enum ReliableChange {
    NONE, IMPROVED, DETERIORATED;

    public static ReliableChange between(Instrument instrument, int baseline, int total) {
        int change = total - baseline;
        if (change <= -instrument.reliableChange()) {
            return IMPROVED;
        }
        if (change >= instrument.reliableChange()) {
            return DETERIORATED;
        }
        return NONE;
    }

    public boolean isReliable() {
        return this != NONE;
    }
}
