package org.mutual.domain.membership;

import java.util.List;
import java.util.Optional;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;

/** Port: membership period storage. Periods are never deleted; leaving ends a period. */
public interface MembershipRepository {

    /** Stores a new open, active period (already checked by {@link Memberships#admit}). */
    MembershipId create(NewMembership membership);

    Optional<MembershipPeriod> find(MembershipId id);

    /** Every period of the group, past and present. */
    List<MembershipPeriod> periodsOfGroup(GroupId group);

    /** Every period of the client, across groups, oldest first. */
    List<MembershipPeriod> periodsOfClient(ClientId client);

    /**
     * Stores the period's dates, status, reason and focus areas and increments its version.
     *
     * @throws org.mutual.domain.base.ConcurrentEditException when the stored version is not
     *         {@code expectedVersion}; nothing is written then
     */
    void update(MembershipPeriod period, int expectedVersion);

    /**
     * Locks the group until the surrounding transaction ends, so admissions to one group run one at
     * a time: call it first, then read the periods {@link Memberships#admit} checks and store the
     * admitted one, all in that transaction.
     *
     * @throws org.mutual.domain.base.NotFoundException when there is no such group
     */
    void lockGroupForAdmission(GroupId group);
}
