package org.mutual.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutual.app.DemoData;
import org.mutual.app.TestUsers;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.measure.Cadence;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.MeasureResponse;
import org.mutual.domain.measure.MeasureService;
import org.mutual.domain.measure.ScheduleId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.progress.GroupProgress;
import org.mutual.domain.progress.GroupProgressService;
import org.mutual.domain.progress.MemberProgress;
import org.mutual.domain.progress.ScoreFigure;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.user.AccountRepository;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The group progress page with the demo practice: the Tuesday evening group's therapist sees a row
 * per member with attendance strips, Jordan's latest PHQ-9 with its reliable change, and the group's
 * figures as the service computes them (other tests share the database and may add to it); an admin sees attendance only; Jordan (a client) and the co-therapist of the Thursday
 * group are shown access denied, and a malformed id is "not found".
 */
class GroupProgressJourneyTest extends BrowserTestBase {

    @Autowired AccountRepository accounts;
    @Autowired GroupService groups;
    @Autowired ClientRepository clients;
    @Autowired MembershipRepository memberships;
    @Autowired MeasureService measures;
    @Autowired AuditRepository audit;
    @Autowired PracticeZone zone;
    @Autowired GroupProgressService progress;

    GroupId tuesday() {
        TestUsers.signIn(accounts, "therapist");
        try {
            return groups.list("Tuesday evening group", null, 0, 1).getFirst().id();
        } finally {
            TestUsers.signOut();
        }
    }

    /**
     * Jordan answers two PHQ-9s, "not at all" on the self-harm item: the others "more than half the
     * days" (16), then "several days" (8).
     */
    ClientId jordanImproves(GroupId tuesday) {
        TestUsers.signIn(accounts, "therapist");
        try {
            ClientId jordan = clients.findAll(memberships.periodsOfGroup(tuesday).stream()
                            .map(MembershipPeriod::client).toList()).stream()
                    .filter(c -> c.preferredName().equals("Jordan")).findFirst().orElseThrow().id();
            for (int each : List.of(2, 1)) {
                TestUsers.signIn(accounts, "therapist");
                ScheduleId schedule = measures.schedule(tuesday, jordan, Instrument.PHQ9,
                        new Cadence.Once(LocalDate.now(zone.zone()).plusDays(2)));
                TestUsers.signIn(accounts, "client2");
                MeasureResponse mine = measures.myPending().stream().filter(r -> r.schedule().equals(schedule))
                        .findFirst().orElseThrow();
                Map<Integer, Integer> answers = new HashMap<>();
                for (int item = 1; item <= 8; item++) {
                    answers.put(item, each);
                }
                answers.put(9, 0);
                measures.submitMine(mine.id(), answers, mine.version());
            }
            return jordan;
        } finally {
            TestUsers.signOut();
        }
    }

    /** What the service computes for the therapist: the page must show these figures. */
    GroupProgress expected(GroupId tuesday) {
        TestUsers.signIn(accounts, "therapist");
        try {
            return progress.progress(tuesday);
        } finally {
            TestUsers.signOut();
        }
    }

    @Test
    void the_therapist_sees_every_member_of_the_tuesday_group_with_attendance_scores_and_figures() {
        GroupId tuesday = tuesday();
        ClientId jordan = jordanImproves(tuesday);
        GroupProgress expected = expected(tuesday);
        MemberProgress jordans = expected.members().stream().filter(m -> m.client().equals(jordan)).findFirst()
                .orElseThrow();
        ScoreFigure phq9 = jordans.phq9().orElseThrow();
        loginPage().signInAs("therapist", DemoData.PASSWORD);

        driver.get(url("/groups/" + tuesday));
        click(waitFor(By.id("group-progress-link")));

        assertThat(waitFor(By.id("progress-title")).getText()).isEqualTo("Tuesday evening group · Progress");
        assertThat(driver.getCurrentUrl()).endsWith("/groups/" + tuesday + "/progress");
        assertThat(driver.getTitle()).isEqualTo("Tuesday evening group · Progress · Mutual");
        assertThat(expected.sessionsHeld()).isGreaterThanOrEqualTo(4);
        assertThat(driver.findElement(By.cssSelector("#progress-sessions-held .progress-figure-value")).getText())
                .isEqualTo(String.valueOf(expected.sessionsHeld()));
        assertThat(driver.findElement(By.id("progress-attendance")).getText())
                .contains(Math.round(expected.attendance().rate().orElseThrow() * 100) + " %")
                .contains(expected.attendance().attended() + " of " + expected.attendance().expected());
        assertThat(driver.findElement(By.id("progress-homework")).getText()).contains("Homework handed in");
        List<String> names = driver.findElements(By.cssSelector("#progress-members .progress-member-name")).stream()
                .map(WebElement::getText).toList();
        assertThat(names).contains("Casey", "Jordan", "Morgan")
                .containsExactlyElementsOf(expected.members().stream().map(MemberProgress::name).toList());
        WebElement row = driver.findElement(By.id("progress-member-" + jordan));
        assertThat(row.findElements(By.cssSelector(".progress-strip rect"))).hasSize(jordans.strip().size())
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(row.findElement(By.cssSelector(".progress-rate")).getText())
                .contains(jordans.overall().attended() + " of " + jordans.overall().expected());
        assertThat(phq9.latest().total()).isEqualTo(8);
        assertThat(row.findElement(By.cssSelector(".progress-phq9")).getText()).contains("8 (Mild)")
                .contains("−8 since the previous score, a reliable change")
                .contains(phq9.changeFromFirst() == -8 ? "−8 since the first score" : "since the first score");
        if (phq9.reliablyImproved()) {
            assertThat(row.findElement(By.cssSelector(".progress-phq9")).getText()).contains("Reliable improvement");
        }
        assertThat(row.findElement(By.cssSelector(".progress-gad7")).getText()).isEqualTo("No scores yet");
        // Other journeys may record a give-and-take conversation in the Tuesday group before this one.
        assertThat(row.findElement(By.cssSelector(".progress-balance")).getText())
                .matches("No conversations recorded|Latest \\d+\\.\\d\\d, average \\d+\\.\\d\\d over \\d+ conversations?");
        assertThat(driver.findElement(By.cssSelector("#progress-improved .progress-figure-value")).getText())
                .isEqualTo(String.valueOf(expected.reliablyImproved()));
        screenshot("group-progress");

        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        driver.navigate().refresh();
        waitFor(By.id("progress-members"));
        assertThat(driver.findElement(By.cssSelector("#progress-members thead")).isDisplayed()).isFalse();
        click(driver.findElement(By.id("progress-member-" + jordan)));
        screenshot("group-progress-phone");
    }

    @Test
    void an_admin_sees_attendance_but_no_clinical_columns() {
        GroupId tuesday = tuesday();
        loginPage().signInAs("admin", DemoData.PASSWORD);

        driver.get(url("/groups/" + tuesday + "/progress"));

        waitFor(By.id("progress-members"));
        assertThat(driver.findElement(By.id("progress-clinical-hidden")).getText()).contains("facilitators only");
        assertThat(driver.findElements(By.cssSelector(".progress-phq9"))).isEmpty();
        assertThat(driver.findElements(By.id("progress-homework"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".progress-member"))).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void jordan_and_the_thursday_cotherapist_are_refused_and_a_malformed_id_is_not_found() {
        GroupId tuesday = tuesday();
        loginPage().signInAs("client2", DemoData.PASSWORD);
        driver.get(url("/groups/" + tuesday + "/progress"));
        waitFor(By.id("access-denied"));
        assertThat(driver.findElements(By.id("progress-members"))).isEmpty();
        AuditEntry refused = audit.latest(0, 1).getFirst();
        assertThat(refused.actorName()).isEqualTo("client2");
        assertThat(refused.outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(refused.recordId()).isEqualTo("/groups/" + tuesday + "/progress");
        loginPage().logOut();

        loginPage().signInAs("cotherapist", DemoData.PASSWORD);
        driver.get(url("/groups/" + tuesday + "/progress"));
        waitFor(By.id("access-denied"));
        assertThat(driver.findElements(By.id("progress-members"))).isEmpty();
        AuditEntry last = audit.latest(0, 1).getFirst();
        assertThat(last.actorName()).isEqualTo("cotherapist");
        assertThat(last.action()).isEqualTo("progress.read");
        assertThat(last.outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(last.recordId()).isEqualTo("group:" + tuesday);

        driver.get(url("/groups/not-a-number/progress"));
        waitFor(By.id("not-found"));
    }
}
