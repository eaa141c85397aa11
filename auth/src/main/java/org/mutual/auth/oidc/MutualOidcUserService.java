package org.mutual.auth.oidc;

import java.util.Map;
import java.util.Optional;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.Role;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Loads the signed-in person as Spring Security's standard OIDC service does (ID token and user
 * info), then turns them into their Mutual account: the principal is a {@link MutualOidcUser} with
 * the account's single role, so the rest of Mutual sees the same user as after a local login.
 */
public final class MutualOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final OidcAccounts accounts;
    private final String rolesClaim;

    public MutualOidcUserService(OidcAccounts accounts, String rolesClaim) {
        this.accounts = accounts;
        this.rolesClaim = rolesClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser oidcUser = delegate.loadUser(request);
        Map<String, Object> claims = oidcUser.getClaims();
        Optional<Role> role = RoleClaims.roleOf(claims, rolesClaim);
        OidcAccounts.Identity identity = new OidcAccounts.Identity(oidcUser.getSubject(), role,
                oidcUser.getPreferredUsername(), fullName(oidcUser), oidcUser.getEmail());
        AppUser user;
        try {
            user = accounts.signIn(identity);
        } catch (OidcAccounts.Refused refused) {
            throw new SignInRefusedException(refused.reason(), request.getIdToken().getTokenValue());
        }
        return new MutualOidcUser(user, oidcUser.getIdToken(), oidcUser.getUserInfo());
    }

    private static String anyName(OidcUser user) {
        if (user.getFullName() != null && !user.getFullName().isBlank()) {
            return user.getFullName();
        }
        String given = user.getClaimAsString(StandardClaimNames.GIVEN_NAME);
        String family = user.getClaimAsString(StandardClaimNames.FAMILY_NAME);
        return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    }

    /** The full name; a one-word name, which Mutual stores as both first and last name, once. */
    private static String fullName(OidcUser user) {
        String given = user.getGivenName();
        if (given != null && !given.isBlank() && given.equals(user.getFamilyName())) {
            return given;
        }
        return anyName(user);
    }
}
