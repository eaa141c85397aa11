package org.mutual.domain.user;

import java.util.Optional;

/** Port: who is calling. Implemented by the auth module; services never touch the security framework. */
public interface CurrentUser {

    Optional<AppUser> get();

    /** The signed-in user, or an access-denied failure for anonymous callers. */
    default AppUser require() {
        return get().orElseThrow(() -> new org.mutual.domain.base.AccessDeniedException("session", "anonymous"));
    }
}
