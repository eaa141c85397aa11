package org.mutual.auth.oidc;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Single sign-on's part of the security filter chain: the OIDC user service, the refusal handling,
 * and {@code /login} sending the browser to the identity provider's login page (the local login
 * form is not offered in this mode).
 */
public final class OidcLogin {

    /** Spring Security's endpoint that starts the sign-in at the identity provider. */
    public static final String LOGIN_PAGE = "/oauth2/authorization/" + OidcConfig.REGISTRATION_ID;

    /** Where the identity provider sends the browser after a logout. */
    public static final String SIGNED_OUT_PATH = "/signed-out";

    private final MutualOidcUserService userService;
    private final SignInFailureHandler failureHandler;

    OidcLogin(MutualOidcUserService userService, SignInFailureHandler failureHandler) {
        this.userService = userService;
        this.failureHandler = failureHandler;
    }

    /** Call before Vaadin's configurer, which adds the login page and the success handler. */
    public void configure(HttpSecurity http) {
        http.oauth2Login(login -> login
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(userService))
                .failureHandler(failureHandler));
        http.addFilterBefore(new LoginPageRedirect(), OAuth2AuthorizationRequestRedirectFilter.class);
    }

    /** {@code GET /login} goes to the identity provider. */
    static final class LoginPageRedirect extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return !"GET".equals(request.getMethod()) || !"/login".equals(path);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
        }
    }
}
