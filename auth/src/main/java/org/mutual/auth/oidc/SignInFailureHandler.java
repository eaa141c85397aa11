package org.mutual.auth.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a failed single sign-on ends: Mutual's refusal page, never back at the login (which would
 * go to the identity provider, sign the same person in again and loop). When Mutual refused someone
 * the provider had signed in, their session there is ended first (RP-initiated logout with the ID
 * token), so "sign in again" shows the provider's login form and another account can be used.
 */
public final class SignInFailureHandler implements AuthenticationFailureHandler {

    /** The refusal page; the reason follows as one more path segment. */
    public static final String REFUSED_PATH = "/sign-in-refused";

    private static final Logger log = LoggerFactory.getLogger(SignInFailureHandler.class);

    private final ClientRegistration registration;

    public SignInFailureHandler(ClientRegistration registration) {
        this.registration = registration;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String base = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
                .replacePath(request.getContextPath()).replaceQuery(null).build().toUriString();
        if (exception instanceof SignInRefusedException refused) {
            String refusedPage = base + REFUSED_PATH + "/" + refused.reason().pathName();
            Object endSession = registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
            if (endSession != null) {
                response.sendRedirect(UriComponentsBuilder.fromUriString(endSession.toString())
                        .queryParam("id_token_hint", refused.idToken())
                        .queryParam("post_logout_redirect_uri", refusedPage)
                        .queryParam("client_id", registration.getClientId())
                        .encode().build().toUriString());
            } else {
                response.sendRedirect(refusedPage);
            }
            return;
        }
        log.warn("Single sign-on failed: {}", exception.getMessage());
        response.sendRedirect(base + REFUSED_PATH + "/" + SignInRefusal.FAILED.pathName());
    }
}
