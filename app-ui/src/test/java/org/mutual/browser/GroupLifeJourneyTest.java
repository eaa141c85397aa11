package org.mutual.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.mutual.app.DemoData;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditRepository;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A group over two months: members join, sessions are generated from a weekly slot, one member
 * leaves after week 3, attendance is taken — and every session's roster follows the membership
 * periods without editing a single session.
 */
class GroupLifeJourneyTest extends BrowserTestBase {

    @Autowired
    AuditRepository audit;

    @Test
    void rosters_follow_membership_periods_across_eight_weeks() {
        loginPage().signInAs("therapist", DemoData.PASSWORD);
        GroupsPage groups = GroupsPage.open(this).openNewGroupForm();
        groups.fill("Eight-week group", "Building mutual relationships", "8").save();
        groups.waitUntilFormClosed();
        groups.waitForRow("Eight-week group");
        driver.findElement(By.linkText("Eight-week group")).click();
        GroupPage group = new GroupPage(this);
        String groupId = group.groupId();

        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        LocalDate week1 = today.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        group.addMember("Alexandra Stone", "Alex", "alex@example.org")
                .addMember("Robin Hartley", "Robin", "robin@example.org")
                .generateWeeklySessions(week1, week1.plusWeeks(7), "Room 4");
        String alex = group.clientIdOf("Alex");
        String robin = group.clientIdOf("Robin");
        assertThat(group.showSessions().upcomingSessionLinks()).hasSize(8);

        GroupPage reloaded = GroupPage.open(this, groupId);
        screenshot("therapist-group");
        reloaded.leave(robin, week1.plusWeeks(2), "Moved to another city");
        assertThat(reloaded.memberTexts()).contains("Completed", "Active");

        SessionPage first = reloaded.showSessions().openUpcomingSession(0);
        assertThat(first.rosterSize()).startsWith("2 ");
        first.mark(alex, "PRESENT").mark(robin, "LATE").mark(robin, "PRESENT");
        driver.navigate().refresh();
        SessionPage afterReload = new SessionPage(this);
        assertThat(afterReload.isMarked(alex, "PRESENT")).isTrue();
        assertThat(afterReload.isMarked(robin, "PRESENT")).isTrue();
        assertThat(afterReload.isMarked(robin, "LATE")).isFalse();

        GroupPage back = afterReload.backToGroup();
        assertThat(back.showSessions().openUpcomingSession(2).rosterSize()).startsWith("2 ");
        assertThat(GroupPage.open(this, groupId).showSessions().openUpcomingSession(4).rosterSize()).startsWith("1 ");
        screenshot("therapist-session-attendance");

        loginPage().logOut();
        loginPage().signInAs("cotherapist", DemoData.PASSWORD);
        driver.get(url("/groups/" + groupId));
        assertThat(waitFor(By.id("access-denied")).getText()).contains("Access denied");
        driver.get(url("/clients/" + alex));
        waitFor(By.id("access-denied"));
        assertThat(driver.findElements(By.id("client-name"))).isEmpty();
        assertThat(audit.latest(0, 50)).anySatisfy(e -> {
            assertThat(e.actorName()).isEqualTo("cotherapist");
            assertThat(e.action()).isEqualTo("group.read");
            assertThat(e.recordId()).isEqualTo(groupId);
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        }).anySatisfy(e -> {
            assertThat(e.actorName()).isEqualTo("cotherapist");
            assertThat(e.action()).isEqualTo("client.read");
            assertThat(e.recordId()).isEqualTo(alex);
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }
}
