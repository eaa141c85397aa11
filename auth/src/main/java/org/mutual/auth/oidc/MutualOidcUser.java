package org.mutual.auth.oidc;

import java.io.Serial;
import org.mutual.auth.current.AccountPrincipal;
import org.mutual.auth.current.MutualPrincipal;
import org.mutual.domain.user.AppUser;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A person signed in through the identity provider: Spring Security's OIDC user (whose ID token the
 * logout needs) carrying the Mutual account, with the same single role authority as a local login.
 */
final class MutualOidcUser extends DefaultOidcUser implements AccountPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AppUser user;

    MutualOidcUser(AppUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(MutualPrincipal.authoritiesOf(user), idToken, userInfo);
        this.user = user;
    }

    @Override
    public AppUser user() {
        return user;
    }

    /** Mutual's username, not the subject: it is what the audit trail and the session registry show. */
    @Override
    public String getName() {
        return user.username();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MutualOidcUser principal && principal.user.id().equals(user.id());
    }

    @Override
    public int hashCode() {
        return user.id().hashCode();
    }

    @Override
    public String toString() {
        return "MutualOidcUser[" + user.username() + "]";
    }
}
