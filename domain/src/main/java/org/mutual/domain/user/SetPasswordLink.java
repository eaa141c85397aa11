package org.mutual.domain.user;

import java.time.Instant;

/**
 * A freshly issued set-password link for the admin to pass on. The token is shown once, here; only
 * its hash is stored.
 */
public record SetPasswordLink(UserId account, String username, String token, Instant expiresAt)
        implements PasswordSetup {

    @Override
    public String toString() {
        return "SetPasswordLink[account=" + account + ", username=" + username + ", expiresAt=" + expiresAt + "]";
    }
}
