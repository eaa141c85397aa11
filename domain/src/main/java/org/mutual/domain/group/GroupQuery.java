package org.mutual.domain.group;

import java.util.Optional;
import org.mutual.domain.user.UserId;

/**
 * Filters for the group list. {@code facilitator} restricts the list to groups that user
 * facilitates; empty means every group (admins only).
 */
public record GroupQuery(String text, GroupStatus status, Optional<UserId> facilitator) {

    public GroupQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        facilitator = facilitator == null ? Optional.empty() : facilitator;
    }
}
