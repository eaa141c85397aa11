package org.mutual.domain.user;

import java.util.Objects;
import java.util.Optional;

/**
 * The signed-in person's own choice of language. It is a display preference, not confidential data,
 * so it is not audited; each person reads and changes only their own.
 */
public class LanguagePreference {

    private final UserLanguages languages;
    private final CurrentUser currentUser;

    public LanguagePreference(UserLanguages languages, CurrentUser currentUser) {
        this.languages = languages;
        this.currentUser = currentUser;
    }

    /** The language the signed-in person chose; empty for anonymous callers and when never chosen. */
    public Optional<Language> mine() {
        return currentUser.get().flatMap(user -> languages.find(user.id()));
    }

    /** Saves the signed-in person's choice; refuses anonymous callers. */
    public void choose(Language language) {
        Objects.requireNonNull(language);
        languages.save(currentUser.require().id(), language);
    }
}
