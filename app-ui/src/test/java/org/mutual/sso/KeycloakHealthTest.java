package org.mutual.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.mutual.app.observe.KeycloakHealth;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * The {@code keycloak} component of {@code /actuator/health} against the real Keycloak of the single
 * sign-on tests: up while the realm answers, down for a realm that isn't there or a server that
 * doesn't answer.
 */
class KeycloakHealthTest extends SingleSignOnTestBase {

    @Autowired KeycloakHealth health;

    @Test
    void keycloak_is_up_while_the_realms_discovery_document_answers() {
        Health up = health.health();

        assertThat(up.getStatus()).isEqualTo(Status.UP);
        assertThat(up.getDetails()).containsEntry("status", 200);
        assertThat(up.getDetails().get("discovery").toString()).startsWith(KeycloakServer.get().url())
                .endsWith("/.well-known/openid-configuration");
    }

    @Test
    void keycloak_is_down_for_a_realm_it_does_not_have_or_when_it_does_not_answer() throws IOException {
        Health noRealm = new KeycloakHealth(KeycloakServer.get().url(), "no-such-realm").health();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Health noServer = new KeycloakHealth("http://127.0.0.1:" + closedPort, "mutual").health();

        assertThat(noRealm.getStatus()).isEqualTo(Status.DOWN);
        assertThat(noRealm.getDetails()).containsEntry("status", 404);
        assertThat(noServer.getStatus()).isEqualTo(Status.DOWN);
        assertThat(noServer.getDetails()).containsKey("error");
    }
}
