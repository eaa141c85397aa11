package org.mutual.app.observe;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.mutual.auth.oidc.OidcConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * With single sign-on, Keycloak is up for Mutual when the realm's discovery document answers: without
 * it nobody can sign in. Shown as the {@code keycloak} component of {@code /actuator/health}.
 */
@Component("keycloak")
@ConditionalOnProperty(name = "mutual.auth.mode", havingValue = "keycloak")
public class KeycloakHealth extends AbstractHealthIndicator {

    private final URI discovery;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public KeycloakHealth(@Value("${mutual.keycloak.url}") String url, @Value("${mutual.keycloak.realm}") String realm) {
        super("Keycloak health check failed");
        this.discovery = URI.create(OidcConfig.issuer(url, realm) + "/.well-known/openid-configuration");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(3))
                .GET().build(), HttpResponse.BodyHandlers.discarding());
        builder.withDetail("discovery", discovery.toString()).withDetail("status", response.statusCode());
        if (response.statusCode() == 200) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
