package org.mutual.domain.user;

import java.time.Instant;
import java.util.List;
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

    /** One page of the account list with each person's facilitated groups, ordered by name then id. */
    List<AccountSummary> find(AccountQuery query, int offset, int limit);

    int count(AccountQuery query);

    /** Switches an account on or off; false when there is no such account. */
    boolean setActive(UserId id, boolean active);

    /** Stores a new password hash and clears failed logins and any lock; false when there is no such account. */
    boolean setPassword(UserId id, String passwordHash);
}
