package org.mutual.domain.group;

import org.mutual.domain.user.UserId;

/** A therapist who facilitates a group; exactly one per group is the lead. */
public record Facilitator(UserId user, String displayName, boolean lead) {
}
