package org.mutual.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mutual.app.DemoData;
import org.mutual.browser.BrowserTestBase;
import org.mutual.security.HostileInputs.Input;
import org.openqa.selenium.By;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every registered route with a URL parameter, opened in Chromium with each malformed id of the
 * corpus in that parameter: by a therapist, and by a client for the client's own ({@code my/…})
 * routes. The person must get a page that says what happened (not found, access denied, or the page
 * itself where the text is a valid value) and never an error page, stack trace text, a server
 * exception in the log, or a script that runs. To stay fast the browser navigates inside the running
 * page (history.pushState and a popstate event, as the back button does); the first value of each
 * route is also opened with a full page load. {@code -Dmutual.hostile.full=true} sends the whole
 * corpus through every route instead of its malformed ids.
 */
class HostileRoutesTest extends BrowserTestBase {

    static final String NOT_FOUND = "#not-found";
    static final String DENIED = "#access-denied";
    static final List<String> ERROR_TEXTS = List.of("exception", "stack trace", "internal error", "could not navigate",
            "server error", "at org.", "at com.vaadin", "whitelabel", "there was an unexpected error");

    /** Which page element shows that a route's own page was opened. */
    static final java.util.Map<String, String> PAGES = java.util.Map.of(
            "set-password/:token", "#set-password",
            "sign-in-refused/:reason", "#sign-in-refused");

    @Autowired ServletContext servletContext;

    @Test
    void malformed_ids_in_every_url_parameter_get_a_clear_page_and_no_server_error() {
        List<Input> values = Boolean.getBoolean("mutual.hostile.full") ? HostileInputs.all() : HostileInputs.ids();
        assertThat(values).hasSizeGreaterThanOrEqualTo(25);
        List<String> templates = registeredTemplates().stream().filter(t -> t.contains(":")).toList();
        assertThat(templates).as("routes with URL parameters").hasSizeGreaterThanOrEqualTo(8);

        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        List<String> problems = new ArrayList<>();
        int navigations = 0;
        Instant start = Instant.now();
        try {
            for (String persona : List.of("therapist", "client")) {
                loginPage().signInAs(persona, DemoData.PASSWORD);
                for (String template : templates) {
                    if (template.startsWith("my/") != persona.equals("client")) {
                        continue;
                    }
                    boolean first = true;
                    for (Input value : values) {
                        String path = "/" + template.replaceAll(":[A-Za-z]+", segment(value.value()));
                        if (first) {
                            driver.get(url(path));
                            first = false;
                        } else {
                            navigateInPage(path);
                        }
                        navigations++;
                        check(persona, template, value, path).ifPresent(problems::add);
                        log.list.stream().filter(HostileRoutesTest::isServerError).map(e -> persona + " " + path
                                + ": server logged " + e.getLevel() + " " + e.getFormattedMessage()
                                + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getClassName()))
                                .forEach(problems::add);
                        log.list.clear();
                    }
                }
                driver.get(url("/"));
                loginPage().logOut();
            }
        } finally {
            root.detachAppender(log);
        }
        System.out.println("Hostile routes: " + templates.size() + " parameterised routes x " + values.size()
                + " malformed values = " + navigations + " navigations, server errors "
                + problems.stream().filter(p -> p.contains("server logged")).count() + ", scripts executed "
                + problems.stream().filter(p -> p.contains("RAN")).count() + ", took "
                + Duration.between(start, Instant.now()).toMillis() + " ms");
        assertThat(problems).as("malformed URLs that did not get a clear page").isEmpty();
    }

    /** The value as a browser would put it in a path: characters a URL can't hold are percent-encoded. */
    static String segment(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~%/;=+,!$&'()*:@".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** Changes the address inside the running page, as the browser's back button does, and waits for the server. */
    private void navigateInPage(String path) {
        driver.executeScript("""
                history.pushState(null, '', arguments[0]);
                window.dispatchEvent(new PopStateEvent('popstate', {state: null}));""", path);
        waitUpTo(30).until(d -> Boolean.TRUE.equals(driver.executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.values(clients).every(c => !c.isActive || !c.isActive());""")));
    }

    private java.util.Optional<String> check(String persona, String template, Input value, String path) {
        String own = PAGES.getOrDefault(template, "#" + "none");
        String where = persona + " " + path + " (" + value + ")";
        String shown;
        try {
            shown = waitUpTo(30).until(d -> (String) driver.executeScript("""
                    const found = arguments[0].find(s => document.querySelector(s) !== null);
                    return found || null;""", List.of(NOT_FOUND, DENIED, own, "#current-user", "vaadin-login-form")));
        } catch (org.openqa.selenium.TimeoutException e) {
            return java.util.Optional.of(where + ": no page at all");
        }
        String text = ((String) driver.executeScript("return document.body.innerText;")).toLowerCase(Locale.ROOT);
        Object pwned = driver.executeScript("return window.__pwned;");
        if (pwned != null) {
            return java.util.Optional.of(where + ": a script RAN");
        }
        for (String error : ERROR_TEXTS) {
            if (text.contains(error)) {
                return java.util.Optional.of(where + ": shows '" + error + "' (" + shown + ")");
            }
        }
        if (!driver.findElements(By.cssSelector(".v-system-error")).isEmpty()) {
            return java.util.Optional.of(where + ": Vaadin system error shown");
        }
        // An empty value or one with a slash or dot segment is a different address (the list page, the start).
        String raw = value.value().toLowerCase(Locale.ROOT);
        boolean otherAddress = raw.isBlank() || raw.equals("%20") || raw.contains("/") || raw.contains("%2f")
                || raw.equals("..");
        boolean clear = shown.equals(NOT_FOUND) || shown.equals(DENIED) || shown.equals(own) || otherAddress;
        return clear ? java.util.Optional.empty()
                : java.util.Optional.of(where + ": neither not-found, denied nor its own page (" + shown + ")");
    }

    static boolean isServerError(ILoggingEvent event) {
        return event.getLevel().isGreaterOrEqual(Level.ERROR)
                || (event.getLevel().isGreaterOrEqual(Level.WARN) && event.getThrowableProxy() != null);
    }

    private Set<String> registeredTemplates() {
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)).getRegisteredRoutes()
                .stream().map(RouteData::getTemplate).collect(Collectors.toCollection(TreeSet::new));
    }
}
