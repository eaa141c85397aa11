package org.mutual.domain.membership;

import java.time.Instant;
import java.util.List;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;

/** Port: the waitlists of full groups, first come first served. */
public interface WaitlistRepository {

    /**
     * Puts the client at the end of the group's waitlist and returns their position (from 1). A
     * client already waiting keeps their place and gets their current position back.
     */
    int add(GroupId group, ClientId client, Instant addedAt);

    /** The group's waitlist ordered by position. */
    List<WaitlistEntry> list(GroupId group);

    /** Takes the client off the waitlist; everyone behind moves up one. Returns false if they weren't on it. */
    boolean remove(GroupId group, ClientId client);
}
