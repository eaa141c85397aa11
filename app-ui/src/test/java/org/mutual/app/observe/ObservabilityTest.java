package org.mutual.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutual.app.DemoData;
import org.mutual.app.HttpVisitor;
import org.mutual.app.RunningAppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.boot.context.event.ApplicationReadyEvent;

/** Health for anyone (details for admins), metrics for admins only, and the start-up line. */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTest extends RunningAppTest {

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired ApplicationContext context;
    @Autowired Environment environment;

    @Test
    void anyone_sees_that_mutual_is_up_and_only_an_admin_sees_its_parts() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/health", null);
        HttpResponse<String> therapist = get("/actuator/health", "therapist");
        HttpResponse<String> admin = get("/actuator/health", "admin");

        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("components", "db");
        assertThat(therapist.body()).contains("\"status\":\"UP\"").doesNotContain("components", "db");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).containsPattern("\"db\":\\{[^}]*\"database\":\"H2\"")
                .doesNotContain("keycloak");
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void only_an_admin_reads_the_prometheus_metrics() throws Exception {
        new HttpVisitor(this).get("/login");

        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "therapist").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", "client").statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = get("/actuator/prometheus", "admin");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_count", "hikaricp_connections_active",
                "mutual_vaadin_sessions", "mutual_vaadin_uis").doesNotContain("@demo.mutual.example");
        assertThat(metrics.headers().allValues("Set-Cookie")).as("a scrape opens no session").isEmpty();
    }

    @Test
    void the_start_up_line_names_database_login_and_mail_without_secrets(CapturedOutput output) {
        new StartupBanner().onApplicationEvent(new ApplicationReadyEvent(new org.springframework.boot.SpringApplication(),
                new String[0], (org.springframework.context.ConfigurableApplicationContext) context,
                java.time.Duration.ZERO));

        assertThat(output.getOut()).contains("Mutual ", " ready at http://localhost:" + port,
                "database: H2 file ", "login: local", "mail: off");
    }

    @Test
    void database_addresses_lose_their_parameters_and_credentials() {
        assertThat(StartupBanner.database("jdbc:postgresql://db.internal:5432/mutual?user=m&password=secret"))
                .isEqualTo("PostgreSQL db.internal:5432/mutual");
        assertThat(StartupBanner.database("jdbc:h2:file:/var/mutual/mutual;MODE=PostgreSQL;PASSWORD=x"))
                .isEqualTo("H2 file /var/mutual/mutual");
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
