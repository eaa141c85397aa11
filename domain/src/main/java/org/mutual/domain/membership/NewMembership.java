package org.mutual.domain.membership;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.base.Validator;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;

/**
 * A validated request to add a client to a group from {@code joinedOn} on. A new period is always
 * open and active; pass it through {@link Memberships#admit} before storing it.
 */
public record NewMembership(GroupId group, ClientId client, LocalDate joinedOn, Set<BarrierPattern> focusAreas) {

    public NewMembership {
        focusAreas = MembershipPeriod.copyOf(focusAreas);
    }

    public static NewMembership of(GroupId group, ClientId client, LocalDate joinedOn,
                                   Set<BarrierPattern> focusAreas) {
        Objects.requireNonNull(group, "group");
        Validator v = new Validator();
        v.require(client != null, "client", "validation.required");
        v.require(joinedOn != null, "joinedOn", "validation.required");
        v.dateInRange(joinedOn, "joinedOn");
        v.throwIfInvalid();
        return new NewMembership(group, client, joinedOn, focusAreas);
    }
}
