package org.mutual.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.mutual.app.DemoData;
import org.mutual.app.TestUsers;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.measure.Cadence;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.MeasureService;
import org.mutual.domain.measure.ScheduleId;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.homework.ClientAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Robin asks to join through the public form with text that looks like markup; Dr. Moreno reads it
 * (as text: no script runs), invites Robin into the Tuesday evening group and passes on the one-time
 * link; Robin sets a password, signs in, answers a PHQ-9 that raises a safety alert, and the
 * therapist's dashboard shows it.
 */
class IntakeJourneyTest extends BrowserTestBase {

    static final String HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(2)> '; DROP TABLE client; -- "
            + "רובין";

    @Autowired AccountRepository accounts;
    @Autowired GroupService groups;
    @Autowired MeasureService measures;
    @Autowired ClientAccounts clientAccounts;
    @Autowired PracticeZone zone;
    @Autowired DSLContext dsl;
    @Autowired AuditRepository audit;

    @Test
    void from_the_public_form_to_a_new_member_whose_answers_reach_the_therapists_dashboard() {
        // Anonymous: an empty form says what is missing next to each field.
        IntakePage form = IntakePage.openFromLogin(this);
        form.submit();
        assertThat(form.errorOf("intake-name")).isEqualTo("Required");
        assertThat(form.errorOf("intake-reason")).isEqualTo("Required");
        assertThat(form.errorOf("intake-consent")).contains("Please agree");
        form.name("Robin Example").preferredName("Robin").email("robin.journey@example.org").reason(HOSTILE)
                .tick("intake-patterns", 0).tick("intake-days", 1).tick("intake-day-parts", 2).consent();
        screenshot("intake-form");
        form.submit();
        assertThat(form.thanks()).contains("Thank you");
        assertThat(dsl.fetchCount(DSL.table("intake"), DSL.field("email").eq("robin.journey@example.org")))
                .isEqualTo(1);

        // The therapist reads it: the markup is text on the page and nothing runs.
        loginPage().signInAs("therapist", DemoData.PASSWORD);
        IntakeQueuePage queue = IntakeQueuePage.open(this).openRow("Robin");
        assertThat(queue.text("intake-detail-reason")).isEqualTo(HOSTILE);
        assertThat(queue.text("intake-detail-patterns")).isEqualTo("Caretaking");
        assertThat(queue.text("intake-detail-days")).isEqualTo("Tuesday");
        assertThat(queue.text("intake-detail-day-parts")).isEqualTo("Evening");
        assertThat(driver.findElements(By.cssSelector("#intake-detail img, #intake-detail script"))).isEmpty();
        assertNoAlert();
        screenshot("intake-detail");

        // A taken username is refused next to the field; a free one goes through.
        queue.invite("Tuesday evening group", "client");
        assertThat(queue.errorOf("invite-username")).isEqualTo("This username is already taken");
        queue.invite("Tuesday evening group", "robin.journey");
        String link = queue.passwordLink();
        assertThat(link).contains("/set-password/");
        assertThat(queue.text("intake-detail-status")).isEqualTo("Invited");
        loginPage().logOut();

        SetPasswordPage setPassword = SetPasswordPage.open(driver, link);
        assertThat(setPassword.accountText()).contains("robin.journey");
        setPassword.submit("robin-chose-this-1", "robin-chose-this-1");
        assertThat(setPassword.doneText()).contains("robin.journey");

        String response = schedulePhq9For("robin.journey");
        loginPage().signInAs("robin.journey", "robin-chose-this-1");
        driver.get(url("/my/measures"));
        click(waitFor(By.id("measure-open-" + response)));
        MeasurePage measure = new MeasurePage(this);
        for (int item = 1; item <= 8; item++) {
            measure.answer(item, 1);
        }
        measure.answer(9, 2);
        measure.submit();
        assertThat(measure.score()).startsWith("Score 10 of 27");
        loginPage().logOut();

        loginPage().signInAs("therapist", DemoData.PASSWORD);
        driver.get(url("/"));
        String alert = openAlertFor(response);
        assertThat(waitFor(By.id("safety-alert-" + alert)).getText()).contains("Robin");
        screenshot("intake-journey-safety-alert");
    }

    @Test
    void a_double_click_on_send_stores_one_request() {
        IntakePage form = IntakePage.open(this);
        form.name("Dana Double").preferredName("Dana").email("dana.double@example.org")
                .reason("I tend to take care of everyone.").consent();

        form.doubleClickSubmit();

        assertThat(form.thanks()).contains("Thank you");
        // Give a second request, had one been sent, the time to arrive.
        sleepQuietly();
        assertThat(dsl.fetchCount(DSL.table("intake"), DSL.field("email").eq("dana.double@example.org")))
                .isEqualTo(1);
    }

    @Test
    void a_client_who_opens_the_queue_is_refused() {
        loginPage().signInAs("client", DemoData.PASSWORD);

        driver.get(url("/intakes"));

        waitFor(By.id("access-denied"));
        assertThat(driver.findElements(By.id("intake-grid"))).isEmpty();
        assertThat(audit.latest(0, 1)).singleElement().satisfies(e -> {
            assertThat(e.actorName()).isEqualTo("client");
            assertThat(e.recordId()).isEqualTo("/intakes");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });

        driver.get(url("/intakes/1"));

        waitFor(By.id("access-denied"));
        assertThat(driver.findElements(By.id("intake-detail-reason"))).isEmpty();
        waitUpTo(30).until(d -> audit.latest(0, 1).getFirst().recordId().equals("/intakes/1"));
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void assertNoAlert() {
        boolean alertShown;
        try {
            new WebDriverWait(driver, Duration.ofSeconds(2)).until(ExpectedConditions.alertIsPresent());
            alertShown = true;
        } catch (org.openqa.selenium.TimeoutException expected) {
            alertShown = false;
        }
        assertThat(alertShown).as("a script from the intake text ran").isFalse();
    }

    /** The therapist schedules a PHQ-9 due in two days for the new member; returns the client's response id. */
    private String schedulePhq9For(String username) {
        TestUsers.signIn(accounts, username);
        ClientId client = clientAccounts.clientOf(accounts.findByUsername(username).orElseThrow().id()).orElseThrow();
        TestUsers.signIn(accounts, "therapist");
        try {
            GroupId tuesday = groups.list("Tuesday evening group", null, 0, 1).getFirst().id();
            ScheduleId schedule = measures.schedule(tuesday, client, Instrument.PHQ9,
                    new Cadence.Once(LocalDate.now(zone.zone()).plusDays(2)));
            TestUsers.signIn(accounts, username);
            return measures.myPending().stream().filter(r -> r.schedule().equals(schedule)).findFirst()
                    .orElseThrow().id().toString();
        } finally {
            TestUsers.signOut();
        }
    }

    private String openAlertFor(String response) {
        TestUsers.signIn(accounts, "therapist");
        try {
            return measures.openAlerts().stream().filter(a -> a.response().toString().equals(response)).findFirst()
                    .orElseThrow().id().toString();
        } finally {
            TestUsers.signOut();
        }
    }
}
