package org.mutual.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mutual.app.DemoData;
import org.mutual.app.DemoRecords;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * axe-core over every main page, as each kind of person sees it, and over the dialogs that matter:
 * no serious or critical violation may remain. The client portal is checked at phone size and the
 * live-recording panel at tablet size, where each must also fit the width of the screen; a few pages
 * are checked again with the system asking for dark mode.
 */
class AccessibilityTest extends BrowserTestBase {

    @Autowired ApplicationContext app;

    private final List<Axe.Violation> violations = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();

    @Test
    void every_main_page_has_no_serious_or_critical_violations() {
        Instant start = Instant.now();
        DemoRecords demo = DemoRecords.of(app);
        LiveSession live = LiveSession.of(app);

        // Nobody signed in.
        open("/login", "vaadin-login-form");
        audit("login");
        open("/intake", "#intake");
        audit("intake");
        open("/set-password/" + "a".repeat(43), "#set-password");
        audit("set-password");
        open("/signed-out", "#signed-out");
        audit("signed-out");

        // The therapist.
        loginPage().signInAs("therapist", DemoData.PASSWORD);
        open("/", "#dashboard");
        audit("therapist dashboard");
        open("/groups", "#groups");
        audit("groups");
        open("/groups/" + demo.tuesday(), "#group-view");
        for (String tab : tabs("group-tabs")) {
            showTab("group-tabs", tab);
            audit("group, " + tab + " tab");
        }
        showTab("group-tabs", tabs("group-tabs").getLast());
        click(waitFor(By.id("homework-assign-open")));
        waitFor(By.id("homework-title"));
        audit("assign homework dialog");
        closeDialog();
        click(waitFor(By.id("measure-schedule-open")));
        waitFor(By.id("measure-schedule-instrument"));
        audit("schedule questionnaire dialog");
        closeDialog();
        open("/sessions/" + live.session(), "#session-view");
        for (String tab : tabs("session-tabs")) {
            showTab("session-tabs", tab);
            audit("session, " + tab + " tab");
        }
        open("/groups/" + demo.tuesday() + "/progress", "#progress-view");
        audit("group progress");
        open("/clients/" + demo.casey(), "#client-view");
        audit("client");
        open("/exercises", "#exercises");
        audit("exercise library");
        click(waitFor(By.id("new-exercise")));
        waitFor(By.id("exercise-title"));
        audit("exercise editor");
        closeDialog();
        open("/resources", "#resources");
        audit("resources");
        open("/intakes", "#intakes");
        audit("intakes queue");
        open("/intakes/" + demo.intake(), "#intake-detail");
        audit("intake detail");

        // The live-recording panel on a tablet.
        Devices.emulate(driver, 1024, 768, false);
        open("/sessions/" + live.session(), "#session-view");
        showTab("session-tabs", "Record");
        waitFor(By.cssSelector("#record-panel [id$='-turns_a-plus']"));
        audit("record panel at 1024x768");
        assertThat(Devices.horizontalOverflow(driver)).as("record panel scrolls sideways at 1024x768").isZero();
        assertTappable("#record-panel [id$='-turns_a-plus']", "#record-panel [id$='-turns_b-minus']",
                "#record-panel [id^='pair-a-']", "#record-panel vaadin-text-area[id^='observation-']",
                "#session-tabs vaadin-tab[selected]");
        Devices.reset(driver);
        driver.get(url("/"));
        loginPage().logOut();

        // The administrator.
        loginPage().signInAs("admin", DemoData.PASSWORD);
        open("/admin", "#admin");
        audit("admin");
        open("/admin/users", "#users");
        audit("admin users");
        open("/admin/audit", "#audit-log");
        audit("audit log");
        loginPage().logOut();

        // The client, on a phone.
        loginPage().signInAs("client", DemoData.PASSWORD);
        Devices.emulate(driver, 375, 667, true);
        for (String[] page : List.of(new String[] {"/my/sessions", "#my-sessions", "vaadin-drawer-toggle"},
                new String[] {"/my/homework", "#my-homework", "#my-homework-link-" + live.openHomework()},
                new String[] {"/my/homework/" + live.openHomework(), "#my-homework-item", "#homework-reflection",
                        "#homework-save", "#homework-submit"},
                new String[] {"/my/measures", "#my-measures", "vaadin-drawer-toggle"},
                new String[] {"/my/measures/" + demo.caseysQuestionnaire(), "#my-measure", "#measure-item-1",
                        "#measure-save", "#measure-submit"})) {
            open(page[0], page[1]);
            audit(page[0] + " at 375x667");
            assertThat(Devices.horizontalOverflow(driver)).as(page[0] + " scrolls sideways at 375x667").isZero();
            assertTappable(java.util.Arrays.copyOfRange(page, 2, page.length));
        }
        Devices.reset(driver);

        // Dark mode, as the system asks for it.
        Devices.preferDark(driver, true);
        open("/my/homework/" + demo.caseysHomework(), "#my-homework-item");
        audit("homework item, dark");
        open("/my/measures", "#my-measures");
        audit("my measures, dark");
        Devices.preferDark(driver, false);
        loginPage().logOut();
        Devices.preferDark(driver, true);
        loginPage().signInAs("therapist", DemoData.PASSWORD);
        open("/sessions/" + live.session(), "#session-view");
        showTab("session-tabs", "Record");
        waitFor(By.cssSelector("#record-panel [id$='-turns_a-plus']"));
        audit("record panel, dark");
        open("/groups/" + demo.tuesday() + "/progress", "#progress-view");
        audit("group progress, dark");
        Devices.preferDark(driver, false);

        Map<String, Long> byRule = violations.stream()
                .collect(Collectors.groupingBy(Axe.Violation::rule, TreeMap::new, Collectors.counting()));
        System.out.println("Accessibility: " + audited.size() + " pages and dialogs in "
                + Duration.between(start, Instant.now()).toSeconds() + " s; serious/critical by rule " + byRule);
        assertThat(violations).as("serious or critical axe-core violations").isEmpty();
    }

    private void assertTappable(String... controls) {
        for (String control : controls) {
            assertThat(Devices.isTappable(driver, control)).as(control + " visible and tappable on " + driver.getCurrentUrl())
                    .isTrue();
        }
    }

    private void open(String path, String marker) {
        driver.get(url(path));
        waitFor(By.cssSelector(marker));
        settle();
    }

    private void audit(String page) {
        settle();
        audited.add(page);
        violations.addAll(Axe.check(driver, page));
    }

    /** Waits until Vaadin has no request in flight, so the page is checked as it finally looks. */
    private void settle() {
        waitUpTo(30).until(d -> Boolean.TRUE.equals(driver.executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.values(clients).every(c => !c.isActive || !c.isActive());""")));
    }

    private List<String> tabs(String tabSheet) {
        waitFor(By.cssSelector("#" + tabSheet + " vaadin-tab"));
        return driver.findElements(By.cssSelector("#" + tabSheet + " vaadin-tab")).stream()
                .map(WebElement::getText).toList();
    }

    private void showTab(String tabSheet, String name) {
        waitUpTo(30).until(d -> d.findElements(By.cssSelector("#" + tabSheet + " vaadin-tab")).stream()
                .anyMatch(t -> t.getText().equals(name)));
        click(driver.findElements(By.cssSelector("#" + tabSheet + " vaadin-tab")).stream()
                .filter(t -> t.getText().equals(name)).findFirst().orElseThrow());
        waitUpTo(30).until(d -> d.findElements(By.cssSelector("#" + tabSheet + " vaadin-tab[selected]")).stream()
                .anyMatch(t -> t.getText().equals(name)));
        settle();
    }

    private void closeDialog() {
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-dialog-overlay[opened]")));
        settle();
    }
}
