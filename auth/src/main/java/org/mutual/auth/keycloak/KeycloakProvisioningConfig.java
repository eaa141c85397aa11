package org.mutual.auth.keycloak;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.spi.StreamMessageBodyReader;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.mutual.auth.oidc.OidcConfig;
import org.mutual.domain.user.AccountLinks;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.IdentityProvisioning;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The admin API client for provisioning, signed in as the realm's service account
 * {@code mutual-provisioning} (client credentials). Its token is fetched and renewed as needed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "mutual.auth.mode", havingValue = "keycloak")
public class KeycloakProvisioningConfig {

    @Bean(destroyMethod = "close")
    Keycloak keycloakAdmin(@Value("${mutual.keycloak.url}") String url,
                           @Value("${mutual.keycloak.realm}") String realm,
                           @Value("${mutual.keycloak.provisioning.client-id}") String clientId,
                           @Value("${mutual.keycloak.provisioning.client-secret}") String clientSecret) {
        OidcConfig.requireRealSecretOffThisMachine(url, clientSecret, "MUTUAL_KEYCLOAK_PROVISIONING_SECRET");
        return KeycloakBuilder.builder()
                .serverUrl(url)
                .realm(realm)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .resteasyClient(httpClient())
                .build();
    }

    /**
     * The client Keycloak's builder makes by default (its JSON settings leave out empty fields, which
     * newer servers would refuse as unknown), with time limits: an admin's click waits for Keycloak,
     * and an unreachable one must not hang it.
     */
    private static Client httpClient() {
        return ((ResteasyClientBuilder) ClientBuilder.newBuilder())
                .connectionPoolSize(10)
                .register(JacksonProvider.class, 100)
                .register(StreamMessageBodyReader.class)
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .build();
    }

    @Bean
    IdentityProvisioning keycloakIdentityProvisioning(Keycloak keycloakAdmin,
                                                      @Value("${mutual.keycloak.realm}") String realm,
                                                      @Value("${mutual.keycloak.client-id}") String clientId,
                                                      @Value("${mutual.keycloak.password-emails:false}") boolean emails,
                                                      @Value("${mutual.accounts.set-password-link-validity:72h}") Duration validity,
                                                      AccountRepository accounts, AccountLinks links) {
        return new KeycloakIdentityProvisioning(keycloakAdmin, realm, clientId, emails, validity, accounts, links);
    }
}
