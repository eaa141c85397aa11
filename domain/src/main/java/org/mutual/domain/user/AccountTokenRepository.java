package org.mutual.domain.user;

import java.time.Instant;
import java.util.Optional;

/** Port: one-time links, stored by the hash of their secret. */
public interface AccountTokenRepository {

    AccountTokenId create(String tokenHash, UserId account, TokenPurpose purpose, Instant createdAt, Instant expiresAt);

    Optional<AccountToken> findByHash(String tokenHash);

    /** Marks one link used; false when it was already used (someone else got there first). */
    boolean markUsed(AccountTokenId id, Instant at);

    /** Marks every still unused link of this account and purpose used; returns how many. */
    int markAllUsed(UserId account, TokenPurpose purpose, Instant at);
}
