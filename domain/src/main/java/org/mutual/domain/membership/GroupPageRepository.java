package org.mutual.domain.membership;

import java.util.List;
import java.util.Optional;
import org.mutual.domain.group.Facilitator;
import org.mutual.domain.group.Group;
import org.mutual.domain.group.GroupId;

/** Port: the group page's read, in one query however many members and waiting clients the group has. */
public interface GroupPageRepository {

    /** What is stored about a group for its page; members in any order. */
    record Stored(Group group, List<Facilitator> facilitators, List<MemberView> members,
                  List<WaitingClient> waitlist) {
    }

    /** The group with its facilitators, every membership period with its client, and the waitlist by position. */
    Optional<Stored> load(GroupId group);
}
