package org.mutual.domain.record;

/** The figures of a give-and-take conversation. */
public final class GiveAndTake {

    private GiveAndTake() {
    }

    /**
     * How evenly a pair shared the conversation: the smaller turn count over the larger, from 0 (one
     * person did all the talking, or nobody talked yet) to 1 (perfectly even).
     */
    public static double balance(int turnsA, int turnsB) {
        if (turnsA < 0 || turnsB < 0) {
            throw new IllegalArgumentException("turns can't be negative: " + turnsA + ", " + turnsB);
        }
        int max = Math.max(turnsA, turnsB);
        return max == 0 ? 0.0 : (double) Math.min(turnsA, turnsB) / max;
    }
}
