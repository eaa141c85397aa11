package org.mutual.domain.membership;

import java.time.Instant;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;

/** A client waiting for a place in a full group; {@code position} starts at 1. */
public record WaitlistEntry(GroupId group, ClientId client, int position, Instant addedAt) {
}
