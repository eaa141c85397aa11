package org.mutual.domain.user;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: the link between a Mutual account and its person at the identity provider. The link is the
 * provider's subject, a stable id that stays the same when the person's username or e-mail changes;
 * accounts are never matched by username or e-mail.
 */
public interface AccountLinks {

    Optional<Account> findBySubject(String subject);

    Optional<String> subjectOf(UserId id);

    /** Links an account that has no link yet; false when it is already linked or doesn't exist. */
    boolean link(UserId id, String subject);

    /**
     * Takes the person's name, e-mail and role from the identity provider, where they are kept, and
     * notes that they signed in there at {@code at}.
     */
    void updateFromSignIn(UserId id, String displayName, String email, Role role, Instant at);
}
