package org.mutual.domain.membership;

/** Identifies one membership period (one stretch of a client's time in a group). */
public record MembershipId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
