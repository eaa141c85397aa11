package org.mutual.auth.current;

import org.mutual.domain.user.AppUser;

/**
 * What Spring Security holds for a signed-in person, whichever way they signed in (local password
 * or single sign-on): it carries their Mutual account. Implementations are equal when their
 * account is, so the session registry groups one person's sessions together.
 */
public interface AccountPrincipal {

    AppUser user();
}
