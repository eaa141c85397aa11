package org.mutual.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mutual.app.DemoData;
import org.mutual.app.TestUsers;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.measure.Cadence;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.MeasureService;
import org.mutual.domain.measure.ScheduleId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.user.AccountRepository;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Casey fills in a PHQ-9 in the browser: saves part of it and finds it again after a reload, can't
 * submit it incomplete, sees the crisis contacts the moment she answers the self-harm question
 * above "Not at all", submits and sees her score — and her therapist has an open safety alert.
 */
class MeasureJourneyTest extends BrowserTestBase {

    @Autowired AccountRepository accounts;
    @Autowired GroupService groups;
    @Autowired ClientRepository clients;
    @Autowired MembershipRepository memberships;
    @Autowired MeasureService measures;
    @Autowired PracticeZone zone;

    String scheduleForCasey() {
        TestUsers.signIn(accounts, "therapist");
        try {
            GroupId tuesday = groups.list("Tuesday evening group", null, 0, 1).getFirst().id();
            ClientId casey = clients.findAll(memberships.periodsOfGroup(tuesday).stream()
                            .map(MembershipPeriod::client).toList()).stream()
                    .filter(c -> c.preferredName().equals("Casey")).findFirst().orElseThrow().id();
            ScheduleId schedule = measures.schedule(tuesday, casey, Instrument.PHQ9,
                    new Cadence.Once(LocalDate.now(zone.zone()).plusDays(2)));
            TestUsers.signIn(accounts, "client");
            return measures.myPending().stream().filter(r -> r.schedule().equals(schedule)).findFirst()
                    .orElseThrow().id().toString();
        } finally {
            TestUsers.signOut();
        }
    }

    @Test
    void casey_fills_in_a_phq9_in_two_sittings_sees_the_crisis_contacts_and_her_score() {
        String id = scheduleForCasey();
        loginPage().signInAs("client", DemoData.PASSWORD);

        driver.get(url("/my/measures"));
        click(waitFor(By.id("measure-open-" + id)));
        MeasurePage page = new MeasurePage(this);
        assertThat(driver.getCurrentUrl()).endsWith("/my/measures/" + id);
        page.answer(1, 2).answer(2, 1).answer(3, 3).save();

        driver.navigate().refresh();
        page = new MeasurePage(this);
        assertThat(page.answerOf(1)).isEqualTo(2);
        assertThat(page.answerOf(3)).isEqualTo(3);
        assertThat(page.answerOf(4)).isEqualTo(-1);
        assertThat(page.showsCrisis()).isFalse();
        page.submit();
        assertThat(page.isMarkedUnanswered(4)).isTrue();
        screenshot("client-measure-incomplete");

        for (int item = 4; item <= 8; item++) {
            page.answer(item, 1);
        }
        page.answer(9, 1);
        assertThat(page.crisisText()).contains("emergency").contains("Your therapist has been told");
        screenshot("client-measure-crisis");
        page.submit();

        assertThat(page.score()).isEqualTo("Score 12 of 27: Moderate");
        assertThat(page.showsCrisis()).isTrue();
        assertThat(driver.findElements(By.id("measure-submit"))).isEmpty();

        driver.get(url("/my/measures"));
        waitUpTo(30).until(d -> d.findElement(By.id("my-measures-completed")).getText().contains("Moderate"));

        String alert;
        TestUsers.signIn(accounts, "therapist");
        try {
            alert = measures.openAlerts().stream().filter(a -> a.response().toString().equals(id)).findFirst()
                    .orElseThrow().id().toString();
        } finally {
            TestUsers.signOut();
        }

        loginPage().logOut();
        loginPage().signInAs("therapist", DemoData.PASSWORD);
        driver.get(url("/"));
        assertThat(waitFor(By.id("safety-alert-" + alert)).getText()).contains("Casey");
        screenshot("therapist-safety-alert");
        click(waitFor(By.id("safety-alert-ack-" + alert)));
        waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.id("safety-alert-" + alert)));

        // Casey's file shows her score on the PHQ-9 chart to her therapist.
        driver.get(url("/clients/" + caseyId()));
        assertThat(waitFor(By.id("measure-trend-PHQ9-summary")).getText()).contains("12");
    }

    String caseyId() {
        TestUsers.signIn(accounts, "therapist");
        try {
            GroupId tuesday = groups.list("Tuesday evening group", null, 0, 1).getFirst().id();
            return clients.findAll(memberships.periodsOfGroup(tuesday).stream().map(MembershipPeriod::client)
                            .toList()).stream()
                    .filter(c -> c.preferredName().equals("Casey")).findFirst().orElseThrow().id().toString();
        } finally {
            TestUsers.signOut();
        }
    }

    @Test
    void jordan_is_shown_access_denied_for_caseys_questionnaire() {
        String id = scheduleForCasey();
        loginPage().signInAs("client2", DemoData.PASSWORD);

        driver.get(url("/my/measures/" + id));

        waitFor(By.id("access-denied"));
        assertThat(driver.findElements(By.id("measure-title"))).isEmpty();
    }
}
