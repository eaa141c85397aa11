package org.mutual.perf;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.tabs.TabSheet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutual.app.TestUsers;
import org.mutual.domain.exercise.Exercise;
import org.mutual.domain.exercise.ExerciseService;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.plan.PlanItemId;
import org.mutual.domain.plan.PlanService;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionService;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.Language;
import org.mutual.persistence.base.RequestMemo;
import org.mutual.persistence.base.StatementCount;
import org.mutual.ui.session.SessionView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A tap on a give-and-take counter in the live-recording panel — the busiest request while a group
 * meets — sends a few statements, whether it creates the counter or counts it up: one read of what
 * the tap is checked against, the facilitation check, the write, one audit entry. The panel shows the
 * stored value without reading the session's records again.
 */
@SpringBootTest
class RecordTapStatementsTest extends SpringBrowserlessTest {

    static final int TAP_BUDGET = 4;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("mutual-record-tap-").toString();
        registry.add("mutual.data-dir", () -> dir);
    }

    @Autowired AccountRepository accounts;
    @Autowired GroupService groups;
    @Autowired SessionService sessions;
    @Autowired PlanService plans;
    @Autowired ExerciseService exercises;

    Session session;
    PlanItemId conversation;

    @BeforeEach
    void planAConversation() {
        TestUsers.signIn(accounts, "therapist");
        GroupId tuesday = groups.list("Tuesday evening group", null, 0, 1).getFirst().id();
        List<Session> upcoming = sessions.sessionsOfGroup(tuesday, Instant.now(), Instant.now().plus(Duration.ofDays(60)));
        session = upcoming.getLast();
        conversation = plans.add(session.id(), exercises.search(Language.ENGLISH, null, Practice.GIVE_AND_TAKE, null, null, false, 0, 20)
                .stream().filter(Exercise::builtIn).findFirst().orElseThrow().id(), 10);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_counter_tap_saves_one_value_and_redraws_only_that_value_in_a_few_statements() throws IOException {
        navigate("sessions/" + session.id(), SessionView.class);
        TabSheet tabs = find(TabSheet.class).id("session-tabs");
        String label = UI.getCurrent().getTranslation("session.tab.record");
        tabs.setSelectedTab(find(Tab.class, tabs).all().stream().filter(t -> label.equals(t.getLabel())).findFirst()
                .orElseThrow());
        roundTrip();
        // The tab opens on the plan's first exercise; the conversation is chosen if it is not that one.
        find(Tabs.class).all().stream().filter(t -> t.getId().filter("record-exercises"::equals).isPresent())
                .findFirst().ifPresent(t -> t.setSelectedTab(find(Tab.class).id("record-tab-" + conversation)));
        roundTrip();
        Button plus = find(Button.class).all().stream()
                .filter(b -> b.getId().orElse("").startsWith("field-" + conversation + "-")
                        && b.getId().orElseThrow().endsWith("-turns_a-plus"))
                .findFirst().orElseThrow();
        String valueId = plus.getId().orElseThrow().replace("-plus", "-value");
        Paragraph balance = find(Paragraph.class).id("balance-" + conversation);

        StatementCount.Counted first = tap(plus);
        StatementCount.Counted second = tap(plus);

        // What a tap sent, one statement a line, next to the screens' (target/statements).
        Path file = Path.of("target", "statements", "record-tap.sql");
        Files.createDirectories(file.getParent());
        Files.write(file, List.of("-- first tap (creates the counter)", String.join("\n", first.statements()),
                "-- second tap (counts it up)", String.join("\n", second.statements())));

        assertThat(find(Span.class).id(valueId).getText()).isEqualTo("2");
        assertThat(balance.getText()).as("the balance follows the counter").contains("0.00");
        assertThat(find(Paragraph.class).id("balance-" + conversation)).as("the panel was not rebuilt")
                .isSameAs(balance);
        for (StatementCount.Counted tap : List.of(first, second)) {
            assertThat(tap.count()).as("a tap's statements:%n%s", String.join("\n", tap.statements()))
                    .isLessThanOrEqualTo(TAP_BUDGET);
            assertThat(tap.statements()).as("one audit entry per tap")
                    .filteredOn(sql -> sql.toLowerCase().startsWith("insert") && sql.toLowerCase().contains("audit_entry"))
                    .hasSize(1);
        }
    }

    /** One tap as one request from the browser. */
    private StatementCount.Counted tap(Button button) {
        return StatementCount.during(() -> {
            try (RequestMemo.Scope request = RequestMemo.open()) {
                test(button).click();
                roundTrip();
            }
        });
    }
}
