package org.mutual.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mutual.app.DemoData;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditRepository;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** The walking skeleton end to end: browser → Vaadin → auth → domain → jOOQ → H2 file. */
class TherapistJourneyTest extends BrowserTestBase {

    @Autowired
    AuditRepository audit;

    @Test
    void therapist_creates_a_group_that_survives_a_reload() {
        loginPage().signInAs("therapist", DemoData.PASSWORD);
        assertThat(waitFor(By.id("dashboard")).getText()).contains("Welcome");

        GroupsPage groups = GroupsPage.open(this).openNewGroupForm();
        groups.fill("", "", "31").save();
        assertThat(groups.errorOf("group-name")).isEqualTo("Required");
        assertThat(groups.errorOf("group-focus")).isEqualTo("Required");
        assertThat(groups.errorOf("group-capacity")).isEqualTo("Between 1 and 30");
        assertThat(groups.formIsOpen()).isTrue();

        groups.fill("Wednesday skills group", "Asking for help", "9").save();
        groups.waitUntilFormClosed();
        groups.waitForRow("Wednesday skills group");

        driver.navigate().refresh();
        GroupsPage reloaded = GroupsPage.open(this);
        reloaded.waitForRow("Wednesday skills group");
        assertThat(reloaded.gridTexts()).contains("Asking for help", "9", "Forming", "Dr. Tessa Moreno");
        screenshot("therapist-groups");

        assertThat(audit.latest(0, 20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("group.create");
            assertThat(e.actorName()).isEqualTo("therapist");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
        });
    }

    @Test
    void client_lands_on_homework_and_is_refused_groups() {
        loginPage().signInAs("client", DemoData.PASSWORD);
        // Other tests may have given Casey homework by now: the page itself is what matters here.
        waitFor(By.id("my-homework"));
        assertThat(driver.getCurrentUrl()).endsWith("/my/homework");

        driver.get(url("/groups"));
        assertThat(waitFor(By.id("access-denied")).getText()).contains("Access denied");
        assertThat(driver.findElements(By.id("group-grid"))).isEmpty();
        assertThat(audit.latest(0, 20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("route.open");
            assertThat(e.recordId()).isEqualTo("/groups");
            assertThat(e.actorName()).isEqualTo("client");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });

        loginPage().logOut();
        driver.get(url("/my/homework"));
        waitFor(By.cssSelector("#vaadinLoginUsername input"));
    }

    @Test
    void admin_opens_administration_and_a_wrong_password_is_refused() {
        assertThat(loginPage().signInFails("admin", "not-the-password")).isTrue();
        loginPage().signInAs("admin", DemoData.PASSWORD);
        assertThat(driver.getCurrentUrl()).endsWith("/admin");
        assertThat(waitFor(By.id("admin")).getText()).contains("Audit log");
        waitFor(By.id("audit-grid"));
    }
}
