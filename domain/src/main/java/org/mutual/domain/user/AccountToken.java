package org.mutual.domain.user;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored one-time link: whose account it is for, what it allows, until when, and whether it has
 * been used. The secret itself is not part of it.
 */
public record AccountToken(AccountTokenId id, UserId account, TokenPurpose purpose, Instant expiresAt,
                           Instant usedAt) {

    /** Empty when the link may be used at {@code now}; a used link stays used after it expires. */
    public Optional<TokenProblem> problemAt(Instant now) {
        if (usedAt != null) {
            return Optional.of(TokenProblem.USED);
        }
        if (!now.isBefore(expiresAt)) {
            return Optional.of(TokenProblem.EXPIRED);
        }
        return Optional.empty();
    }
}
