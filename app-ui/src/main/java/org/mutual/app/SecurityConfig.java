package org.mutual.app;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.mutual.auth.oidc.OidcLogin;
import org.mutual.auth.session.DeactivatedAccountFilter;
import org.mutual.domain.user.AccountRepository;
import org.mutual.ui.login.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Sign-in through Vaadin's login view against Mutual's own accounts ({@code mutual.auth.mode=local},
 * the default), or single sign-on at Keycloak ({@code keycloak}); views declare their roles with
 * annotations either way.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
                                            AccountRepository accounts, RequestUtil requestUtil,
                                            ObjectProvider<OidcLogin> oidcLogin)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                .permitAll()
                // Calendar apps can't sign in: the secret in a feed's address is its credential.
                .requestMatchers("/calendar/**")
                .permitAll());
        // No other site may frame Mutual; SecurityHeadersFilter sets the same on Vaadin's public pages.
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'self'"))
                .frameOptions(frame -> frame.sameOrigin()));
        // Every signed-in session is registered (no limit per user), so deactivating an account can
        // expire its sessions; the next request of an expired session is signed out.
        http.sessionManagement(sessions -> sessions.sessionConcurrency(concurrency -> concurrency
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(new ExpiredSessionResponse(requestUtil))));
        // Another instance on the same database may have deactivated the account: its registry can't
        // expire this instance's sessions, the account's row in the database can.
        http.addFilterBefore(new DeactivatedAccountFilter(sessionRegistry, accounts), ConcurrentSessionFilter.class);
        OidcLogin singleSignOn = oidcLogin.getIfAvailable();
        if (singleSignOn == null) {
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        } else {
            // Logging out ends the Keycloak session too (RP-initiated logout) and comes back to a public page.
            singleSignOn.configure(http);
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(OidcLogin.LOGIN_PAGE,
                    "{baseUrl}" + OidcLogin.SIGNED_OUT_PATH));
        }
        return http.build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end or change id, so it holds only live ones. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
