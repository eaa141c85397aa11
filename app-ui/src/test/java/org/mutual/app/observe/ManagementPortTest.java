package org.mutual.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With the actuator on a port of its own, a scraper there reads the metrics without a password
 * (the operator opens that port only to it), and the application's port no longer serves them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.server.port=0")
class ManagementPortTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("mutual-management-port-").toString();
        registry.add("mutual.data-dir", () -> dir);
    }

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_management_port_serves_the_metrics_without_a_password_and_the_application_port_does_not() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("hikaricp_connections_active", "mutual_vaadin_uis");
        assertThat(get(managementPort, "/actuator/health").body()).contains("\"status\":\"UP\"")
                .doesNotContain("components");
        assertThat(get(port, "/actuator/prometheus").statusCode()).isIn(302, 401, 403, 404);
    }

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
