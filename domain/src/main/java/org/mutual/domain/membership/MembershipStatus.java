package org.mutual.domain.membership;

/**
 * Where a membership period stands. {@code ON_HOLD} is a pause: the member keeps their place.
 * {@code COMPLETED} and {@code WITHDRAWN} are the two ways a period ends.
 */
public enum MembershipStatus {
    ACTIVE, ON_HOLD, COMPLETED, WITHDRAWN;

    public boolean isEnding() {
        return this == COMPLETED || this == WITHDRAWN;
    }
}
