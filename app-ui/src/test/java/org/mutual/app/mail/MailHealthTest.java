package org.mutual.app.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.mutual.app.DemoData;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With a mail server configured, an admin sees it among the parts of Mutual's health. */
class MailHealthTest extends MailingAppTest {

    @LocalServerPort int port;

    @Test
    void the_mail_server_is_part_of_the_health_an_admin_sees() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).containsPattern("\"mail\":\\{[^}]*127\\.0\\.0\\.1");
    }
}
