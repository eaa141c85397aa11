package org.mutual.app.observe;

import org.mutual.auth.oidc.OidcConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One INFO line once Mutual is ready: its version and address, which database, which sign-in and
 * which mail server it uses — so an operator sees at a glance that it runs against what they meant.
 * Never a password: database addresses lose their parameters and credentials.
 */
@Component
public class StartupBanner implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        log.info(text(event.getApplicationContext().getEnvironment()));
    }

    /** The banner's text for this configuration. */
    public static String text(Environment env) {
        String version = StartupBanner.class.getPackage().getImplementationVersion();
        String publicUrl = env.getProperty("mutual.public-url", "");
        String url = publicUrl.isBlank() ? "http://localhost:" + env.getProperty("local.server.port",
                env.getProperty("server.port", "8080")) : publicUrl;
        String mode = env.getProperty("mutual.auth.mode", "local");
        String login = "keycloak".equals(mode) ? "Keycloak " + OidcConfig.issuer(
                env.getProperty("mutual.keycloak.url", ""), env.getProperty("mutual.keycloak.realm", "")) : "local";
        String mailHost = env.getProperty("spring.mail.host", "");
        String mail = mailHost.isBlank() ? "off" : mailHost + ":" + env.getProperty("spring.mail.port", "25");
        return "Mutual " + (version == null ? "(development build)" : version) + " ready at " + url
                + " — database: " + database(env.getProperty("spring.datasource.url", "")) + ", login: " + login
                + ", mail: " + mail;
    }

    /** "H2 file /path" or "PostgreSQL host:port/db", without parameters or credentials. */
    static String database(String jdbcUrl) {
        String url = jdbcUrl.replaceAll("(?i)(user|password)=[^;&]*", "");
        if (url.startsWith("jdbc:h2:file:")) {
            return "H2 file " + url.substring("jdbc:h2:file:".length()).split(";", 2)[0];
        }
        if (url.startsWith("jdbc:h2:mem:")) {
            return "H2 in memory";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            String rest = url.substring("jdbc:postgresql:".length()).split("\\?", 2)[0];
            rest = rest.startsWith("//") ? rest.substring(2) : rest;
            int at = rest.indexOf('@');
            return "PostgreSQL " + (at >= 0 ? rest.substring(at + 1) : rest);
        }
        int colon = url.indexOf(':', "jdbc:".length());
        return colon > 0 ? url.substring("jdbc:".length(), colon) : "unknown";
    }
}
