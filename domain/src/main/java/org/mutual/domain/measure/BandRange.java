package org.mutual.domain.measure;

/** The totals from {@code min} to {@code max}, both inclusive, that fall in {@code band}. */
public record BandRange(Band band, int min, int max) {

    public boolean contains(int total) {
        return total >= min && total <= max;
    }
}
