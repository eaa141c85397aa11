package org.mutual.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What anyone on the network can reach without signing in. */
class HttpEndpointsTest extends RunningAppTest {

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void health_is_up_and_shows_no_details() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "db", "diskSpace");
    }

    @Test
    void other_actuator_endpoints_are_neither_exposed_nor_public() throws Exception {
        for (String path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator"}) {
            assertThat(get(path).statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(get(path).body()).as(path).doesNotContain("spring.datasource", "password");
        }
    }

    @Test
    void pages_refuse_framing_by_other_sites() throws Exception {
        for (String path : new String[] {"/", "/login", "/groups", "/signed-out", "/set-password/" + "a".repeat(43),
                "/actuator/health", vaadinResource()}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isIn(200, 302);
            assertThat(response.headers().allValues("X-Frame-Options")).as(path).containsExactly("SAMEORIGIN");
            assertThat(response.headers().allValues("Content-Security-Policy")).as(path)
                    .containsExactly("frame-ancestors 'self'");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void anonymous_requests_for_app_pages_go_to_login() throws Exception {
        HttpResponse<String> groups = get("/groups");
        assertThat(groups.statusCode()).isEqualTo(302);
        assertThat(groups.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @Test
    void the_set_password_page_is_public_but_the_accounts_page_is_not() throws Exception {
        HttpResponse<String> setPassword = get("/set-password/" + "a".repeat(43));
        assertThat(setPassword.statusCode()).isEqualTo(200);
        assertThat(setPassword.headers().allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
        assertThat(setPassword.headers().firstValue("Referrer-Policy")).hasValue("same-origin");

        HttpResponse<String> users = get("/admin/users");
        assertThat(users.statusCode()).isEqualTo(302);
        assertThat(users.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @Test
    void a_post_without_the_csrf_token_is_refused() {
        HttpVisitor therapist = new HttpVisitor(this);
        therapist.signIn("therapist", DemoData.PASSWORD);
        assertThat(therapist.get("/groups").statusCode()).isEqualTo(200);

        // A forged "log out" from another site carries the cookie but not the token.
        HttpResponse<String> forged = therapist.post("/logout", java.util.Map.of());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(therapist.get("/groups").statusCode()).as("still signed in").isEqualTo(200);
    }

    /** A script of Vaadin's client that the login page loads. */
    private String vaadinResource() throws IOException, InterruptedException {
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("(VAADIN/[^\"'\\s>]+)")
                .matcher(get("/login").body());
        assertThat(script.find()).as("the login page loads Vaadin's client").isTrue();
        return "/" + script.group(1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
