package org.mutual.app;

import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.mutual.auth.oidc.OidcLogin;
import org.mutual.auth.session.DeactivatedAccountFilter;
import org.mutual.domain.user.AccountRepository;
import org.mutual.ui.login.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
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

    /**
     * Access to views by their annotations, as Vaadin's own control decides it, without a class-path
     * scan on every navigation ({@link RequestRolesAccessControl}). Primary, so Vaadin's view
     * listener and its security configurer use this one.
     */
    @Bean
    @Primary
    NavigationAccessControl requestRolesAccessControl(List<NavigationAccessChecker> checkers,
                                                      NavigationAccessControlConfigurer configurer) {
        return configurer.build(RequestRolesAccessControl::new, checkers);
    }

    /**
     * The actuator: health for anyone (details for admins), the Prometheus metrics for admins only —
     * a scraper signs in with HTTP Basic as a local admin account — or for anyone who reaches the
     * management port, when the operator gave the actuator a port of its own. Stateless: a scrape
     * makes no session.
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http, ObjectProvider<UserDetailsService> localAccounts,
                                            Environment environment) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(request -> onOwnManagementPort(request, environment)).permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole("ADMIN")
                        .anyRequest().denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                // Plain status codes: the default sendError would forward to /error, which the
                // application's chain answers with a redirect to the login page.
                .exceptionHandling(failures -> failures
                        .authenticationEntryPoint(ActuatorResponses::unauthorized)
                        .accessDeniedHandler(ActuatorResponses::forbidden))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'self'"))
                        .frameOptions(frame -> frame.sameOrigin()));
        if (localAccounts.getIfAvailable() != null) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(ActuatorResponses::unauthorized));
        }
        return http.build();
    }

    /**
     * Whether the request came in on a management port of its own ({@code MANAGEMENT_SERVER_PORT}),
     * which the operator opens only to the scraper: there the metrics need no password.
     */
    static boolean onOwnManagementPort(HttpServletRequest request, Environment environment) {
        String management = environment.getProperty("local.management.port");
        return management != null && !management.equals(environment.getProperty("local.server.port"))
                && management.equals(Integer.toString(request.getLocalPort()));
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
                                            AccountRepository accounts, RequestUtil requestUtil,
                                            ObjectProvider<OidcLogin> oidcLogin)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
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
