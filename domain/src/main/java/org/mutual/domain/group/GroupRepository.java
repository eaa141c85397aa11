package org.mutual.domain.group;

import java.util.List;
import java.util.Optional;
import org.mutual.domain.user.UserId;

/** Port: group storage. */
public interface GroupRepository {

    GroupId create(GroupDraft draft, UserId leadFacilitator);

    Optional<Group> find(GroupId id);

    boolean isFacilitator(GroupId group, UserId user);

    /** One page of the list, ordered by name then id. */
    List<GroupSummary> find(GroupQuery query, int offset, int limit);

    int count(GroupQuery query);
}
