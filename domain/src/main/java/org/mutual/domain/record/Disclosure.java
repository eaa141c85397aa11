package org.mutual.domain.record;

import java.util.ArrayList;
import java.util.List;

/** The figures of matching self-disclosure. */
public final class Disclosure {

    /** A gap of this many levels or more between answering turns is a mismatch. */
    public static final int MISMATCH_GAP = 2;

    private Disclosure() {
    }

    /**
     * The indexes (into {@code turns}) of turns whose depth is {@value #MISMATCH_GAP} or more levels
     * away from the latest earlier turn by a different member: the turn it answers. A member's
     * consecutive turns are not compared with each other, and the first speaker's turns have nothing
     * to match yet.
     */
    public static List<Integer> mismatches(List<Turn> turns) {
        List<Integer> flagged = new ArrayList<>();
        for (int i = 1; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            for (int j = i - 1; j >= 0; j--) {
                Turn answered = turns.get(j);
                if (!answered.member().equals(turn.member())) {
                    if (Math.abs(turn.depth() - answered.depth()) >= MISMATCH_GAP) {
                        flagged.add(i);
                    }
                    break;
                }
            }
        }
        return List.copyOf(flagged);
    }
}
