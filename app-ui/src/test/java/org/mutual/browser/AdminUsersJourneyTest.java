package org.mutual.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mutual.app.DemoData;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.user.AccountQuery;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A practice manager brings a new therapist in and later switches the account off: the one-time
 * link, the password it sets, and a deactivation that signs out a session in another browser.
 */
class AdminUsersJourneyTest extends BrowserTestBase {

    static final String PASSWORD = "four unrelated words here";

    @Autowired
    AuditRepository audit;

    @Autowired
    AccountRepository accounts;

    @Test
    void admin_brings_in_a_therapist_who_sets_a_password_and_deactivation_ends_their_session() {
        loginPage().signInAs("admin", DemoData.PASSWORD);
        UsersPage users = UsersPage.open(this);
        users.waitForCell("Dr. Tessa Moreno");
        // Other journeys share this database: the demo therapist may facilitate more groups by now.
        assertThat(users.gridTexts()).contains("therapist", "Therapist", "Active", "admin", "Admin")
                .anyMatch(cell -> cell.contains("Thursday morning group") && cell.contains("Tuesday evening group"))
                .doesNotContain("client", "Casey Rivera");
        users.filterByRole("Admin", staffCount(Role.ADMIN));
        assertThat(users.gridTexts()).contains("admin").doesNotContain("therapist", "cotherapist");
        users.filterByRole("Therapists and admins", staffCount(Role.ADMIN, Role.THERAPIST));

        users.openNewAccountForm().fill("therapist", "Nora Newman", "nora@example.org").save();
        assertThat(users.errorOf("account-username")).isEqualTo("This username is already taken");
        users.fill("newtherapist", "Nora Newman", "nora@example.org").save();
        String link = users.passwordLink();
        assertThat(link).matches(Pattern.quote(url("/set-password/")) + "[A-Za-z0-9_-]{43}");
        screenshot("admin-users-link");
        users.copyLink();
        users.waitForNotification("Link copied");
        users.closeLinkDialog();
        users.waitForCell("Invited");
        screenshot("admin-users");
        assertThat(users.showOnly("admin").canDeactivate("admin")).isFalse();
        users.showOnly("newtherapist");
        assertThat(users.gridTexts()).contains("Nora Newman", "nora@example.org", "Therapist", "Invited");
        assertThat(accounts.findByUsername("newtherapist").orElseThrow().passwordHash()).isNull();
        loginPage().logOut();

        SetPasswordPage page = SetPasswordPage.open(driver, link);
        assertThat(page.accountText()).contains("newtherapist");
        page.submit("too short", "too short");
        assertThat(page.errorOf("new-password")).isEqualTo("At least 12 characters");
        page.submit(PASSWORD, PASSWORD + "!");
        assertThat(page.errorOf("repeat-password")).isEqualTo("The passwords don't match");
        page.submit(PASSWORD, PASSWORD);
        assertThat(page.doneText()).contains("newtherapist");
        page.goToLogin();

        loginPage().signInAs("newtherapist", PASSWORD);
        assertThat(waitFor(By.id("dashboard")).getText()).contains("Welcome, Nora Newman");
        assertThat(URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/");
        SetPasswordPage again = SetPasswordPage.open(driver, link);
        assertThat(again.problemText()).contains("already been used");
        assertThat(again.formIsShown()).isFalse();

        ChromeDriver norasBrowser = Browser.start(1280, 900);
        try {
            loginPage(norasBrowser).signInAs("newtherapist", PASSWORD);
            new WebDriverWait(norasBrowser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));

            driver.get(url("/"));
            loginPage().logOut();
            loginPage().signInAs("admin", DemoData.PASSWORD);
            users = UsersPage.open(this).showOnly("newtherapist");
            users.deactivate("newtherapist");
            users.waitForCell("Deactivated");

            // Nora's next click in the app finds her signed out.
            norasBrowser.findElement(By.cssSelector("vaadin-side-nav-item[path='groups']")).click();
            assertThat(loginPage(norasBrowser).isShown()).isTrue();
            assertThat(loginPage(norasBrowser).signInFails("newtherapist", PASSWORD)).isTrue();

            users.reactivate("newtherapist");
            users.waitForCell("Active");
            loginPage(norasBrowser).signInAs("newtherapist", PASSWORD);
            assertThat(norasBrowser.findElement(By.id("current-user")).getText()).isEqualTo("Nora Newman");
        } finally {
            norasBrowser.quit();
        }

        assertThat(audit.latest(0, 100)).filteredOn(e -> e.action().startsWith("account."))
                .filteredOn(e -> e.outcome() == AuditOutcome.ALLOWED)
                .extracting(AuditEntry::action)
                .containsSubsequence("account.reactivate", "account.deactivate", "account.set-password",
                        "account.create");
    }

    private int staffCount(Role... roles) {
        return accounts.count(new AccountQuery(null, Set.of(roles)));
    }

    @Test
    void a_therapist_opening_the_accounts_page_is_refused() {
        loginPage().signInAs("therapist", DemoData.PASSWORD);

        driver.get(url("/admin/users"));

        assertThat(waitFor(By.id("access-denied")).getText()).contains("Access denied");
        assertThat(driver.findElements(By.id("user-grid"))).isEmpty();
        assertThat(audit.latest(0, 20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("route.open");
            assertThat(e.recordId()).isEqualTo("/admin/users");
            assertThat(e.actorName()).isEqualTo("therapist");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }
}
