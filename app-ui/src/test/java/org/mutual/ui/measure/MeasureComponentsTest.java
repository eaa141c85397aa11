package org.mutual.ui.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutual.app.TestUsers;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.measure.Cadence;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.MeasureResponse;
import org.mutual.domain.measure.MeasureSchedule;
import org.mutual.domain.measure.MeasureService;
import org.mutual.domain.measure.SafetyAlert;
import org.mutual.domain.measure.ScheduleId;
import org.mutual.domain.membership.MemberView;
import org.mutual.domain.membership.MembershipService;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.user.AccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The measure components the group page, the dashboard and the client page use, without a browser
 * but with the real application and demo practice behind them: the scheduling dialog with its field
 * messages, the safety-alert banner with its acknowledgement, and the trend chart.
 */
@SpringBootTest
class MeasureComponentsTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("mutual-measure-ui-").toString();
        registry.add("mutual.data-dir", () -> dir);
    }

    @Autowired AccountRepository accounts;
    @Autowired GroupService groups;
    @Autowired MembershipService memberships;
    @Autowired MeasureService measures;
    @Autowired AuditRepository audit;
    @Autowired PracticeZone zone;

    GroupId tuesday;
    Map<String, ClientId> members = new HashMap<>();
    LocalDate today;

    @BeforeEach
    void signInTherapist() {
        TestUsers.signIn(accounts, "therapist");
        tuesday = groups.list("Tuesday evening group", null, 0, 1).getFirst().id();
        memberships.members(tuesday).forEach(m -> members.put(m.client().preferredName(), m.client().id()));
        today = LocalDate.now(zone.zone());
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    ScheduleMeasureDialog openDialog() {
        java.util.List<MemberView> roster = memberships.members(tuesday);
        ScheduleMeasureDialog dialog = new ScheduleMeasureDialog(measures, tuesday, roster, today);
        UI.getCurrent().add(dialog);
        dialog.open();
        return dialog;
    }

    void submit() {
        test(find(Button.class).id("measure-schedule-submit")).click();
    }

    /** Has Casey answer a PHQ-9 (submitted when {@code submit}) and returns her response. */
    MeasureResponse caseyAnswers(Map<Integer, Integer> answers, boolean submit) {
        ScheduleId schedule = measures.schedule(tuesday, members.get("Casey"), Instrument.PHQ9,
                new Cadence.Once(today));
        TestUsers.signIn(accounts, "client");
        MeasureResponse mine = measures.myPending().stream().filter(r -> r.schedule().equals(schedule))
                .findFirst().orElseThrow();
        MeasureResponse done = submit ? measures.submitMine(mine.id(), answers, mine.version())
                : measures.saveMine(mine.id(), answers, mine.version());
        TestUsers.signIn(accounts, "therapist");
        return done;
    }

    static Map<Integer, Integer> phq9(int value) {
        Map<Integer, Integer> answers = new HashMap<>();
        for (int item = 1; item <= 9; item++) {
            answers.put(item, value);
        }
        answers.put(9, 0);
        return answers;
    }

    @Test
    void a_facilitator_schedules_a_gad7_for_one_member_and_a_past_due_date_is_shown_on_its_field() {
        ScheduleMeasureDialog dialog = openDialog();
        assertThat(test(dialog.recipient).getSuggestions())
                .containsExactly("Every member of the group", "Casey", "Jordan", "Morgan");
        test(dialog.instrument).selectItem("GAD-7 (worry and anxiety)");
        test(dialog.recipient).selectItem("Jordan");
        test(dialog.kind).selectItem("Once, by a due date");
        assertThat(dialog.every.isVisible()).isFalse();
        dialog.due.setValue(today.minusDays(1));

        submit();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.due.isInvalid()).isTrue();
        assertThat(dialog.due.getErrorMessage()).isEqualTo("The due date can't be in the past");

        dialog.due.setValue(today.plusDays(3));
        submit();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(measures.schedulesOf(tuesday)).first().satisfies((MeasureSchedule s) -> {
            assertThat(s.instrument()).isEqualTo(Instrument.GAD7);
            assertThat(s.client()).isEqualTo(members.get("Jordan"));
            assertThat(s.cadence()).isEqualTo(new Cadence.Once(today.plusDays(3)));
        });
    }

    @Test
    void every_how_many_sessions_must_be_between_one_and_twenty_six() {
        ScheduleMeasureDialog dialog = openDialog();
        int before = measures.schedulesOf(tuesday).size();
        dialog.every.setValue(30);

        submit();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.every.getErrorMessage()).isEqualTo("Between 1 and 26");
        dialog.every.setValue(2);
        submit();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(measures.schedulesOf(tuesday)).hasSize(before + 1);
        assertThat(measures.schedulesOf(tuesday).getFirst().cadence()).isEqualTo(new Cadence.EverySessions(2));
    }

    @Test
    void the_banner_shows_caseys_alert_until_the_facilitator_acknowledges_it() {
        MeasureResponse saved = caseyAnswers(Map.of(9, 2), false);
        SafetyAlert alert = measures.openAlerts().stream().filter(a -> a.response().equals(saved.id()))
                .findFirst().orElseThrow();

        SafetyAlertBanner banner = new SafetyAlertBanner(measures, zone.zone());
        UI.getCurrent().add(banner);

        assertThat(banner.isVisible()).isTrue();
        Component row = find(Component.class).id("safety-alert-" + alert.id());
        assertThat(row.getElement().getTextRecursively()).contains("Casey").contains("Tuesday evening group");
        test(find(Button.class).id("safety-alert-ack-" + alert.id())).click();

        assertThat(find(Component.class).withId("safety-alert-" + alert.id()).all()).isEmpty();
        // The banner reads the open alerts again after the acknowledgement, so that is the latest entry.
        assertThat(audit.latest(0, 2)).extracting(e -> e.action(), e -> e.recordId(), e -> e.actorName())
                .containsExactly(tuple("measure.alert.read", "facilitator:" + audit.latest(0, 1).getFirst().actorId(),
                                "therapist"),
                        tuple("measure.alert.acknowledge", "alert:" + alert.id(), "therapist"));
    }

    @Test
    void the_trend_chart_draws_caseys_phq9_scores_and_names_the_reliable_change() {
        caseyAnswers(phq9(2), true);
        caseyAnswers(phq9(1), true);

        MeasureTrendChart chart = new MeasureTrendChart(measures.scoresOf(members.get("Casey")), zone.zone());
        UI.getCurrent().add(chart);

        Div svg = find(Div.class).id("measure-trend-PHQ9");
        assertThat(svg.getElement().getAttribute("aria-label")).isEqualTo("PHQ-9 (mood) over time");
        assertThat(svg.getElement().getChild(0).getTag()).isEqualTo("svg");
        assertThat(svg.getElement().getChild(0).getProperty("innerHTML")).contains(">Moderately severe<")
                .contains(">Reliable improvement (-8)<");
        Paragraph summary = find(Paragraph.class).id("measure-trend-PHQ9-summary");
        assertThat(summary.getText()).contains("latest 8 (Mild)").contains("Reliable improvement (-8)");
    }
}
