package org.mutual.domain.measure;

import java.util.List;
import java.util.OptionalInt;

/**
 * A questionnaire Mutual can schedule, with its published scoring rules. Every item is answered 0
 * (not at all), 1 (several days), 2 (more than half the days) or 3 (nearly every day); the total is
 * the sum. Item texts live in the translation bundle under {@code measure.<name>.item.<n>}.
 */
public enum Instrument {

    /** Patient Health Questionnaire, depression: 9 items, total 0–27. Item 9 asks about self-harm. */
    PHQ9(9, 5, 9, List.of(
            new BandRange(Band.MINIMAL, 0, 4),
            new BandRange(Band.MILD, 5, 9),
            new BandRange(Band.MODERATE, 10, 14),
            new BandRange(Band.MODERATELY_SEVERE, 15, 19),
            new BandRange(Band.SEVERE, 20, 27))),

    /** Generalized Anxiety Disorder scale: 7 items, total 0–21. */
    GAD7(7, 4, 0, List.of(
            new BandRange(Band.MINIMAL, 0, 4),
            new BandRange(Band.MILD, 5, 9),
            new BandRange(Band.MODERATE, 10, 14),
            new BandRange(Band.SEVERE, 15, 21)));

    public static final int MIN_ANSWER = 0;
    public static final int MAX_ANSWER = 3;

    private final int items;
    private final int reliableChange;
    private final int safetyItem;
    private final List<BandRange> bands;

    Instrument(int items, int reliableChange, int safetyItem, List<BandRange> bands) {
        this.items = items;
        this.reliableChange = reliableChange;
        this.safetyItem = safetyItem;
        this.bands = bands;
    }

    /** How many items it has, numbered from 1. */
    public int items() {
        return items;
    }

    public int maxTotal() {
        return items * MAX_ANSWER;
    }

    /** Lowest band first; together they cover 0 to {@link #maxTotal()} without gaps. */
    public List<BandRange> bands() {
        return bands;
    }

    /**
     * The band of a total.
     *
     * @throws IllegalArgumentException for a total outside 0 to {@link #maxTotal()}
     */
    public Band band(int total) {
        return bands.stream().filter(r -> r.contains(total)).findFirst().map(BandRange::band)
                .orElseThrow(() -> new IllegalArgumentException(name() + " has no total " + total));
    }

    /** The smallest change from the baseline total that is larger than measurement error. */
    public int reliableChange() {
        return reliableChange;
    }

    /** The item whose any answer above 0 must alert the facilitators at once, if the instrument has one. */
    public OptionalInt safetyItem() {
        return safetyItem == 0 ? OptionalInt.empty() : OptionalInt.of(safetyItem);
    }

    public boolean hasItem(int item) {
        return item >= 1 && item <= items;
    }
}
