package org.mutual.auth.oidc;

import java.net.URI;
import java.time.Clock;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.user.AccountLinks;
import org.mutual.domain.user.AccountRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * Single sign-on with Keycloak ({@code mutual.auth.mode=keycloak}): Mutual is the confidential
 * OIDC client {@code mutual} of the realm, using the authorization code flow with PKCE. The
 * provider's endpoints are read from the realm's discovery document at start-up, so Keycloak must
 * be reachable then.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "mutual.auth.mode", havingValue = "keycloak")
public class OidcConfig {

    static final String REGISTRATION_ID = "keycloak";

    /** The secrets of the development realm file; refused for any Keycloak that isn't on this machine. */
    static final String DEV_SECRET_PREFIX = "mutual-dev-only-";

    @Bean
    ClientRegistration keycloakRegistration(@Value("${mutual.keycloak.url}") String url,
                                            @Value("${mutual.keycloak.realm}") String realm,
                                            @Value("${mutual.keycloak.client-id}") String clientId,
                                            @Value("${mutual.keycloak.client-secret}") String clientSecret) {
        requireRealSecretOffThisMachine(url, clientSecret, "MUTUAL_KEYCLOAK_CLIENT_SECRET");
        return ClientRegistrations.fromIssuerLocation(issuer(url, realm))
                .registrationId(REGISTRATION_ID)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .scope("openid", "profile", "email")
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(ClientRegistration keycloakRegistration) {
        return new InMemoryClientRegistrationRepository(keycloakRegistration);
    }

    @Bean
    OidcAccounts oidcAccounts(AccountRepository accounts, AccountLinks links, AuditRepository audit, Transactions tx,
                              Clock clock) {
        return new OidcAccounts(accounts, links, audit, tx, clock);
    }

    @Bean
    OidcLogin oidcLogin(OidcAccounts accounts, ClientRegistration keycloakRegistration,
                        @Value("${mutual.keycloak.roles-claim:roles}") String rolesClaim) {
        return new OidcLogin(new MutualOidcUserService(accounts, rolesClaim),
                new SignInFailureHandler(keycloakRegistration));
    }

    /** The realm's issuer: what its tokens carry in {@code iss}, and where its discovery document is. */
    public static String issuer(String url, String realm) {
        return url.replaceAll("/+$", "") + "/realms/" + realm;
    }

    /**
     * The realm file's development secrets are public: they may only be used with a Keycloak on
     * this machine, so a production that forgot to set its secret fails at start-up.
     */
    public static void requireRealSecretOffThisMachine(String url, String secret, String variable) {
        String host = URI.create(url).getHost();
        boolean local = "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
        if (secret == null || secret.isBlank() || (secret.startsWith(DEV_SECRET_PREFIX) && !local)) {
            throw new IllegalStateException("Set " + variable + " to the client secret from Keycloak: the "
                    + "development secret only works with a Keycloak on this machine");
        }
    }
}
