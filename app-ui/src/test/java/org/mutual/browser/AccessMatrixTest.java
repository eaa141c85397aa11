package org.mutual.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutual.browser.AccessMatrixTest.Persona.ADMIN;
import static org.mutual.browser.AccessMatrixTest.Persona.ANONYMOUS;
import static org.mutual.browser.AccessMatrixTest.Persona.CLIENT;
import static org.mutual.browser.AccessMatrixTest.Persona.GROUP_THERAPIST;
import static org.mutual.browser.AccessMatrixTest.Persona.OTHER_CLIENT;
import static org.mutual.browser.AccessMatrixTest.Persona.OTHER_THERAPIST;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mutual.app.DemoData;
import org.mutual.app.DemoRecords;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditQuery;
import org.mutual.domain.audit.AuditRepository;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every route the application registers, opened for real (HTTP, Vaadin, Chromium) by every kind of
 * person, against one declared policy. A route without a policy row fails the test, so a new screen
 * can't ship unclassified. Parameterised routes are opened with one concrete demo record: Casey's
 * (the {@code client}) for client-owned records, the Tuesday evening group's for group-owned ones; so
 * "client" is the owner, "other client" is Jordan (same group, not the owner), "group therapist"
 * leads the Tuesday group and "other therapist" only co-leads Thursday's. Each refusal of a
 * signed-in person must also leave a DENIED audit entry.
 */
class AccessMatrixTest extends BrowserTestBase {

    /** Who opens the routes: the demo accounts, plus nobody signed in. */
    enum Persona {
        ANONYMOUS(null), CLIENT("client"), OTHER_CLIENT("client2"), GROUP_THERAPIST("therapist"),
        OTHER_THERAPIST("cotherapist"), ADMIN("admin");

        final String username;

        Persona(String username) {
            this.username = username;
        }
    }

    static final Set<Persona> ANYONE = EnumSet.allOf(Persona.class);
    static final Set<Persona> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    static final Set<Persona> CLIENTS = EnumSet.of(CLIENT, OTHER_CLIENT);
    static final Set<Persona> THERAPISTS = EnumSet.of(GROUP_THERAPIST, OTHER_THERAPIST);

    /**
     * One route's policy: the path to open (template with a concrete record), who may open it, and
     * the element that proves the page itself is shown ({@code #id} or a CSS selector); {@code lands}
     * names a different element for people the route forwards elsewhere.
     */
    record Row(String template, Function<DemoRecords, String> path, Set<Persona> allowed, String element,
               Map<Persona, String> lands) {

        Row landsOn(Persona persona, String otherElement) {
            Map<Persona, String> more = new EnumMap<>(Persona.class);
            more.putAll(lands);
            more.put(persona, otherElement);
            return new Row(template, path, allowed, element, more);
        }

        String elementFor(Persona persona) {
            return lands.getOrDefault(persona, element);
        }
    }

    static Row row(String template, Function<DemoRecords, String> path, Set<Persona> allowed, String element) {
        return new Row(template, path, Set.copyOf(allowed), element, Map.of());
    }

    static Row row(String template, Set<Persona> allowed, String element) {
        return row(template, f -> template, allowed, element);
    }

    /** The policy. One line per route; parameterised routes say which demo record they open. */
    static final List<Row> POLICY = List.of(
            row("", SIGNED_IN, "#dashboard").landsOn(CLIENT, "#my-homework").landsOn(OTHER_CLIENT, "#my-homework")
                    .landsOn(ADMIN, "#admin"),
            row("login", ANYONE, "vaadin-login-form"),
            row("signed-out", ANYONE, "#signed-out"),
            row("sign-in-refused/:reason", f -> "sign-in-refused/failed", ANYONE, "#sign-in-refused"),
            row("set-password/:token", f -> "set-password/" + "a".repeat(43), ANYONE, "#set-password"),
            row("admin", EnumSet.of(ADMIN), "#admin"),
            row("admin/users", EnumSet.of(ADMIN), "#users"),
            row("admin/audit", EnumSet.of(ADMIN), "#audit-log"),
            row("groups", EnumSet.of(GROUP_THERAPIST, OTHER_THERAPIST, ADMIN), "#groups"),
            row("groups/:groupId", f -> "groups/" + f.tuesday(), EnumSet.of(GROUP_THERAPIST, ADMIN), "#group-view"),
            row("sessions/:sessionId", f -> "sessions/" + f.tuesdaySession(), EnumSet.of(GROUP_THERAPIST, ADMIN),
                    "#session-view"),
            row("clients/:clientId", f -> "clients/" + f.casey(), EnumSet.of(GROUP_THERAPIST, ADMIN), "#client-view"),
            row("exercises", THERAPISTS, "#exercises"),
            row("resources", THERAPISTS, "#resources"),
            row("my/homework", CLIENTS, "#my-homework"),
            row("my/homework/:homeworkId", f -> "my/homework/" + f.caseysHomework(), EnumSet.of(CLIENT),
                    "#my-homework-item"),
            row("my/measures", CLIENTS, "#my-measures"),
            row("my/sessions", CLIENTS, "#my-sessions"),
            row("intake", ANYONE, "#intake"),
            row("intakes", EnumSet.of(GROUP_THERAPIST, OTHER_THERAPIST, ADMIN), "#intakes"),
            row("intakes/:intakeId", f -> "intakes/" + f.intake(), EnumSet.of(GROUP_THERAPIST, OTHER_THERAPIST, ADMIN),
                    "#intake-detail"),
            row("groups/:groupId/progress", f -> "groups/" + f.tuesday() + "/progress", EnumSet.of(GROUP_THERAPIST, ADMIN),
                    "#progress-view"),
            row("my/measures/:responseId", f -> "my/measures/" + f.caseysQuestionnaire(), EnumSet.of(CLIENT),
                    "#my-measure"));

    static final String LOGIN_FORM = "#vaadinLoginUsername";
    static final String DENIED = "#access-denied";
    static final String NOT_FOUND = "#not-found";

    @Autowired ServletContext servletContext;
    @Autowired ApplicationContext app;
    @Autowired AuditRepository audit;

    @Test
    void every_registered_route_has_a_policy_row_and_no_row_names_a_missing_route() {
        Set<String> registered = registeredTemplates();
        Set<String> declared = POLICY.stream().map(Row::template).collect(Collectors.toCollection(TreeSet::new));

        assertThat(registered).as("routes Vaadin registered").contains("login", "");
        assertThat(new TreeSet<>(registered)).as("registered routes without a row in AccessMatrixTest.POLICY")
                .isSubsetOf(declared);
        assertThat(declared).as("policy rows for routes that no longer exist").isSubsetOf(registered);
    }

    @Test
    void every_person_opens_exactly_the_routes_the_policy_allows() {
        DemoRecords fixture = DemoRecords.of(app);
        Set<String> registered = registeredTemplates();
        List<String> wrong = new ArrayList<>();
        Map<Persona, Duration> took = new LinkedHashMap<>();
        for (Persona persona : Persona.values()) {
            Instant start = Instant.now();
            if (persona != ANONYMOUS) {
                loginPage().signInAs(persona.username, DemoData.PASSWORD);
            }
            for (Row row : POLICY) {
                if (registered.contains(row.template())) {
                    check(persona, row, fixture).ifPresent(wrong::add);
                }
            }
            if (persona != ANONYMOUS) {
                driver.get(url("/"));
                loginPage().logOut();
            }
            took.put(persona, Duration.between(start, Instant.now()));
        }
        System.out.println("Access matrix: " + POLICY.size() + " routes x " + Persona.values().length
                + " people, time per person " + took);
        assertThat(wrong).as("routes opened against the policy").isEmpty();
    }

    /** Opens the route as the signed-in persona; a description of what went wrong, if anything did. */
    private java.util.Optional<String> check(Persona persona, Row row, DemoRecords fixture) {
        String path = "/" + row.path().apply(fixture);
        String expected = row.elementFor(persona);
        boolean allowed = row.allowed().contains(persona);
        AuditQuery refusals = new AuditQuery(persona.username == null ? "anonymous" : persona.username, null, null,
                null, AuditOutcome.DENIED, null, null);
        long refusedBefore = audit.count(refusals);

        driver.get(url(path));
        // One look at the whole page at once, so a page still rendering can't be read half-way.
        String shown = waitUpTo(30).until(d -> (String) driver.executeScript(
                "return arguments[0].find(s => document.querySelector(s) !== null) || null;",
                List.of(expected, DENIED, NOT_FOUND, LOGIN_FORM)));
        String outcome = persona + " " + path + " showed " + shown;
        if (allowed) {
            return shown.equals(expected) ? java.util.Optional.empty()
                    : java.util.Optional.of(outcome + " but the policy lets them in (expected " + expected + ")");
        }
        if (shown.equals(expected)) {
            return java.util.Optional.of(outcome + ": UNAUTHORISED ACCESS");
        }
        if (persona == ANONYMOUS) {
            return shown.equals(LOGIN_FORM) && driver.getCurrentUrl().endsWith("/login") ? java.util.Optional.empty()
                    : java.util.Optional.of(outcome + " instead of the login page");
        }
        if (!shown.equals(DENIED)) {
            return java.util.Optional.of(outcome + " instead of the access-denied page");
        }
        return audit.count(refusals) > refusedBefore ? java.util.Optional.empty()
                : java.util.Optional.of(outcome + " but no DENIED audit entry was written");
    }

    private Set<String> registeredTemplates() {
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)).getRegisteredRoutes()
                .stream().map(RouteData::getTemplate).collect(Collectors.toCollection(TreeSet::new));
    }
}
