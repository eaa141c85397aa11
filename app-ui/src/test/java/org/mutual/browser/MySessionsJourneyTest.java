package org.mutual.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutual.app.DemoData;
import org.mutual.app.TestUsers;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.homework.ClientAccounts;
import org.mutual.domain.reminder.ReminderRepository;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionService;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.user.AccountRepository;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Casey opens "My sessions" on her phone: her group's coming sessions, a cancelled one marked, none of
 * the groups she is not in, the calendar subscription and her e-mail reminder switch; an admin has no
 * such page.
 */
class MySessionsJourneyTest extends BrowserTestBase {

    @Autowired AccountRepository accounts;
    @Autowired GroupService groups;
    @Autowired SessionService sessions;
    @Autowired ClientAccounts clientAccounts;
    @Autowired ReminderRepository reminders;

    /** Cancels the last planned Tuesday session (so no other test meets it) and finds one of Thursday's. */
    List<String> cancelOneTuesdayAndFindOneThursday() {
        TestUsers.signIn(accounts, "therapist");
        try {
            Instant now = Instant.now();
            Session tuesday = comingSessionOf("Tuesday evening group", now);
            if (tuesday.status() != SessionStatus.CANCELLED) {
                sessions.cancel(tuesday.id(), "Room unavailable", tuesday.version());
            }
            return List.of(tuesday.id().toString(), comingSessionOf("Thursday morning group", now).id().toString());
        } finally {
            TestUsers.signOut();
        }
    }

    Session comingSessionOf(String groupName, Instant now) {
        GroupId group = groups.list(groupName, null, 0, 1).getFirst().id();
        return sessions.sessionsOfGroup(group, now.plus(Duration.ofDays(8)), now.plus(Duration.ofDays(60)))
                .getLast();
    }

    @Test
    void casey_sees_her_coming_sessions_with_a_cancelled_one_marked_and_not_other_groups() {
        List<String> ids = cancelOneTuesdayAndFindOneThursday();
        String cancelled = ids.get(0);
        String otherGroup = ids.get(1);
        loginPage().signInAs("client", DemoData.PASSWORD);
        driver.manage().window().setSize(new Dimension(375, 667));

        driver.get(url("/my/sessions"));
        WebElement card = waitFor(By.id("my-session-" + cancelled));
        assertThat(card.findElement(By.className("session-cancelled")).getText()).isEqualTo("Cancelled");
        List<WebElement> cards = driver.findElements(By.cssSelector("#my-sessions-list .portal-card"));
        assertThat(cards).hasSizeGreaterThan(1);
        assertThat(cards).allSatisfy(c -> assertThat(c.getText()).contains("Tuesday evening group"));
        assertThat(driver.findElements(By.id("my-session-" + otherGroup))).isEmpty();
        assertThat(driver.findElement(By.id("my-sessions")).getText()).doesNotContain("Jordan");
        waitFor(By.id("calendar-feed"));
        screenshot("client-sessions-phone");
    }

    @Test
    void casey_turns_her_email_reminders_off_and_on_again_at_the_bottom_of_her_sessions() {
        ClientId casey = clientAccounts.clientOf(accounts.findByUsername("client").orElseThrow().id()).orElseThrow();
        boolean before = reminders.remindersOn(casey);
        loginPage().signInAs("client", DemoData.PASSWORD);
        driver.manage().window().setSize(new Dimension(375, 667));
        driver.get(url("/my/sessions"));
        By remindersSwitch = By.id("my-email-reminders");
        assertThat(waitFor(remindersSwitch).getText())
                .isEqualTo("E-mail me a reminder the day before a session and when homework is due");

        click(driver.findElement(remindersSwitch));
        waitForNotification(before ? "Reminders turned off" : "Reminders turned on");
        waitUpTo(30).until(d -> reminders.remindersOn(casey) != before);
        waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-notification-card")));

        click(driver.findElement(remindersSwitch));
        waitForNotification(before ? "Reminders turned on" : "Reminders turned off");
        waitUpTo(30).until(d -> reminders.remindersOn(casey) == before);
        assertThat(driver.findElement(remindersSwitch).getDomProperty("checked")).isEqualTo(String.valueOf(before));
        waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-notification-card")));
        screenshot("client-reminders");
    }

    private void waitForNotification(String text) {
        waitUpTo(30).until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(card -> card.getText().contains(text)));
    }

    @Test
    void an_admin_is_refused_the_client_page() {
        loginPage().signInAs("admin", DemoData.PASSWORD);

        driver.get(url("/my/sessions"));

        waitFor(By.id("access-denied"));
        assertThat(driver.findElements(By.id("my-sessions"))).isEmpty();
    }
}
