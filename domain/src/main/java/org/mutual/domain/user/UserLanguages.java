package org.mutual.domain.user;

import java.util.Optional;

/** Port: the language each person chose for Mutual's screens. */
public interface UserLanguages {

    /** The chosen language; empty when the person never chose one (or the account is gone). */
    Optional<Language> find(UserId user);

    /** Stores the choice; false when there is no such account. */
    boolean save(UserId user, Language language);
}
