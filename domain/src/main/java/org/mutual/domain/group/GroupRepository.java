package org.mutual.domain.group;

import java.util.List;
import java.util.Optional;
import org.mutual.domain.user.UserId;

/** Port: group storage. */
public interface GroupRepository {

    GroupId create(GroupDraft draft, UserId leadFacilitator);

    Optional<Group> find(GroupId id);

    /**
     * Writes details, status and defaults if the stored version is still {@code expectedVersion};
     * otherwise throws {@link org.mutual.domain.base.ConcurrentEditException}.
     */
    void update(Group group, int expectedVersion);

    boolean isFacilitator(GroupId group, UserId user);

    /** Lead first, then by name. */
    List<Facilitator> facilitators(GroupId group);

    void addFacilitator(GroupId group, UserId user);

    void removeFacilitator(GroupId group, UserId user);

    /** One page of the list, ordered by name then id. */
    List<GroupSummary> find(GroupQuery query, int offset, int limit);

    int count(GroupQuery query);
}
