package org.mutual.domain.intake;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a submission stands. New ones wait for a therapist; in review means someone is on it;
 * invited and declined are final; a waitlisted person can still be invited (a place came free) or
 * declined.
 */
public enum IntakeStatus {
    NEW, IN_REVIEW, INVITED, WAITLISTED, DECLINED;

    /** The statuses a submission may move to from this one. */
    public Set<IntakeStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(IN_REVIEW, INVITED, WAITLISTED, DECLINED);
            case IN_REVIEW -> EnumSet.of(INVITED, WAITLISTED, DECLINED);
            case WAITLISTED -> EnumSet.of(INVITED, DECLINED);
            case INVITED, DECLINED -> EnumSet.noneOf(IntakeStatus.class);
        };
    }

    public boolean canMoveTo(IntakeStatus target) {
        return next().contains(target);
    }
}
