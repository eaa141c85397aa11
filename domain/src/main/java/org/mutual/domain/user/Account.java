package org.mutual.domain.user;

import java.time.Instant;

/**
 * A login account with what the local login needs to check a password. The hash never leaves the
 * auth and persistence modules' code paths that verify it.
 */
public record Account(UserId id, String username, String displayName, String email, Role role,
                      String passwordHash, boolean active, int failedLogins, Instant lockedUntil) {

    public AppUser toUser() {
        return new AppUser(id, username, displayName, role);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
