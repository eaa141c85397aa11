package org.mutual.domain.membership;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.base.Validator;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;

/**
 * One stretch of a client's membership in a group, from {@code joinedOn} to {@code leftOn}, both
 * inclusive: {@code leftOn} is the member's last day. An open period ({@code leftOn} null) runs on
 * indefinitely. Re-joining after leaving is a new period, so the history stays readable.
 * {@code version} guards concurrent edits.
 */
public record MembershipPeriod(MembershipId id, GroupId group, ClientId client, LocalDate joinedOn,
                               LocalDate leftOn, MembershipStatus status, String leaveReason,
                               Set<BarrierPattern> focusAreas, int version) {

    public static final int LEAVE_REASON_MAX = 500;

    public MembershipPeriod {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(joinedOn, "joinedOn");
        Objects.requireNonNull(status, "status");
        focusAreas = copyOf(focusAreas);
    }

    /** Whether the client is a member on {@code date} (on hold counts: the place is still theirs). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(joinedOn) && (leftOn == null || !date.isAfter(leftOn));
    }

    public boolean isOpen() {
        return leftOn == null;
    }

    /**
     * Ends the period with {@code leftOn} as the last day. A withdrawal needs a reason; a completion
     * may have one. The same day as {@code joinedOn} is allowed (someone who came once).
     */
    public MembershipPeriod leave(LocalDate leftOn, MembershipStatus status, String reason) {
        if (!isOpen()) {
            throw ValidationException.of("leftOn", "membership.already-left");
        }
        Validator v = new Validator();
        v.require(leftOn != null, "leftOn", "validation.required");
        v.dateInRange(leftOn, "leftOn");
        v.require(leftOn == null || !leftOn.isBefore(joinedOn), "leftOn", "membership.left-before-joined");
        v.require(status != null && status.isEnding(), "status", "membership.leave-status");
        String cleanReason = v.optionalText(reason, "leaveReason", LEAVE_REASON_MAX);
        v.require(status != MembershipStatus.WITHDRAWN || cleanReason != null, "leaveReason", "validation.required");
        v.throwIfInvalid();
        return new MembershipPeriod(id, group, client, joinedOn, leftOn, status, cleanReason, focusAreas, version);
    }

    /** Pauses an active membership; the member keeps their place in the group. */
    public MembershipPeriod hold() {
        if (status != MembershipStatus.ACTIVE || !isOpen()) {
            throw ValidationException.of("status", "membership.not-active");
        }
        return withStatus(MembershipStatus.ON_HOLD);
    }

    public MembershipPeriod resume() {
        if (status != MembershipStatus.ON_HOLD || !isOpen()) {
            throw ValidationException.of("status", "membership.not-on-hold");
        }
        return withStatus(MembershipStatus.ACTIVE);
    }

    private MembershipPeriod withStatus(MembershipStatus newStatus) {
        return new MembershipPeriod(id, group, client, joinedOn, leftOn, newStatus, leaveReason, focusAreas, version);
    }

    static Set<BarrierPattern> copyOf(Set<BarrierPattern> patterns) {
        // EnumSet keeps the patterns in their documented order, which is the order the UI shows them in.
        return patterns == null || patterns.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(patterns));
    }
}
