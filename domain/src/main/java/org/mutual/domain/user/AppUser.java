package org.mutual.domain.user;

import java.util.Objects;

/** A signed-in person as the rest of Mutual sees them. */
public record AppUser(UserId id, String username, String displayName, Role role) {

    public AppUser {
        Objects.requireNonNull(id);
        Objects.requireNonNull(username);
        Objects.requireNonNull(role);
    }

    public boolean is(Role other) {
        return role == other;
    }
}
