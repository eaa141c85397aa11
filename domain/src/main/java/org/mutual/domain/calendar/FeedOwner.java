package org.mutual.domain.calendar;

import java.util.Objects;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;

/** Whose feed a link opens, with what the feed needs to know about the account. */
public record FeedOwner(UserId user, Role role, boolean active) {

    public FeedOwner {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
    }
}
