package org.mutual.domain.membership;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.mutual.domain.group.Facilitator;
import org.mutual.domain.group.Group;

/**
 * Everything the group page shows at once, read together: the group, its facilitators, every
 * membership period with its client (current members first, by preferred name) and the waitlist in
 * order. {@code facilitator} tells whether the reader facilitates the group (and so may change it).
 */
public record GroupPage(Group group, boolean facilitator, List<Facilitator> facilitators, List<MemberView> members,
                        List<WaitingClient> waitlist) {

    public GroupPage {
        facilitators = List.copyOf(facilitators);
        members = List.copyOf(members);
        waitlist = List.copyOf(waitlist);
    }

    /** The members on the roster on a date, by preferred name, as {@link MembershipService#rosterAt} gives them. */
    public List<MemberView> rosterAt(LocalDate date) {
        return members.stream().filter(m -> m.period().covers(date))
                .sorted(Comparator.comparing(m -> m.client().preferredName(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
