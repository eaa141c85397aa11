package org.mutual.auth.oidc;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Mutual refuses a person the identity provider signed in. It carries the ID token so the failure
 * handler can end the provider's session too; otherwise the next attempt would sign the same person
 * straight back in and be refused again, with no way to switch account.
 */
final class SignInRefusedException extends OAuth2AuthenticationException {

    private final SignInRefusal reason;
    private final transient String idToken;

    SignInRefusedException(SignInRefusal reason, String idToken) {
        super(new OAuth2Error("mutual_" + reason.name().toLowerCase(java.util.Locale.ROOT)),
                "sign-in refused: " + reason);
        this.reason = reason;
        this.idToken = idToken;
    }

    SignInRefusal reason() {
        return reason;
    }

    String idToken() {
        return idToken;
    }
}
