package org.mutual.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.mutual.app.DemoData;
import org.mutual.app.HttpVisitor;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * How long a sign-in lasts: logging out ends the session on the server (its cookie no longer opens
 * anything), and a session left idle for the configured time ({@code MUTUAL_SESSION_TIMEOUT}) is
 * signed out.
 */
class SessionLifetimeTest extends BrowserTestBase {

    @Autowired WebServerApplicationContext server;
    @Autowired Environment environment;

    @Test
    void logging_out_ends_the_session_so_its_old_cookie_opens_nothing() {
        loginPage().signInAs("therapist", DemoData.PASSWORD);
        String sessionId = driver.manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(HttpVisitor.getWithSession(this, "/groups", sessionId).statusCode()).isEqualTo(200);

        loginPage().logOut();

        assertThat(HttpVisitor.sendsToLogin(HttpVisitor.getWithSession(this, "/groups", sessionId))).isTrue();
        assertThat(tomcatSession(sessionId)).isNull();
    }

    @Test
    void a_signed_in_session_lives_as_long_as_configured_and_ends_when_left_idle() throws Exception {
        HttpVisitor visitor = new HttpVisitor(this);
        visitor.signIn("therapist", DemoData.PASSWORD);
        String sessionId = visitor.cookie("JSESSIONID").orElseThrow();
        assertThat(visitor.get("/groups").statusCode()).isEqualTo(200);

        Session session = tomcatSession(sessionId);
        Duration configured = environment.getProperty("server.servlet.session.timeout", Duration.class);
        assertThat(configured).isEqualTo(Duration.ofMinutes(15));
        assertThat(session.getMaxInactiveInterval()).isEqualTo((int) configured.toSeconds());

        // The same session with a two-second limit, so the test need not idle for fifteen minutes.
        session.setMaxInactiveInterval(2);
        assertThat(visitor.get("/groups").statusCode()).isEqualTo(200);
        Thread.sleep(3_000);

        assertThat(HttpVisitor.sendsToLogin(visitor.get("/groups"))).isTrue();
        assertThat(tomcatSession(sessionId)).isNull();
    }

    @Test
    void the_idle_timeout_comes_from_MUTUAL_SESSION_TIMEOUT() {
        assertThat(environment.resolvePlaceholders("${MUTUAL_SESSION_TIMEOUT:15m}")).isEqualTo("15m");
        // A deployment that sets the variable gets its value.
        StandardEnvironment deployment = new StandardEnvironment();
        deployment.getPropertySources().addFirst(new MapPropertySource("deployment",
                Map.of("MUTUAL_SESSION_TIMEOUT", "30m")));
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            String declared = properties.getProperty("server.servlet.session.timeout");
            assertThat(deployment.resolvePlaceholders(declared)).isEqualTo("30m");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's own record of the session, or null once it has ended. */
    private Session tomcatSession(String id) {
        Context context = (Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        try {
            return context.getManager().findSession(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
