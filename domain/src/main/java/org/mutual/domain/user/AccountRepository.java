package org.mutual.domain.user;

import java.time.Instant;
import java.util.Optional;

/** Port: account storage. */
public interface AccountRepository {

    UserId create(NewAccount account);

    Optional<Account> findByUsername(String username);

    Optional<Account> findById(UserId id);

    long count();

    /** Records a failed password; locks the account until {@code lockUntil} when given. */
    void recordFailedLogin(UserId id, Instant lockUntil);

    void recordSuccessfulLogin(UserId id);
}
