package org.mutual.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mutual.app.DemoData;
import org.mutual.app.DemoRecords;
import org.mutual.app.TestUsers;
import org.mutual.browser.BrowserTestBase;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.client.ClientDraft;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.ExerciseDraft;
import org.mutual.domain.exercise.ExerciseService;
import org.mutual.domain.group.GroupDraft;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.homework.HomeworkService;
import org.mutual.domain.homework.ResourceDraft;
import org.mutual.domain.homework.ResourceService;
import org.mutual.domain.intake.DayPart;
import org.mutual.domain.intake.IntakeForm;
import org.mutual.domain.intake.IntakeId;
import org.mutual.domain.intake.IntakeService;
import org.mutual.domain.membership.MembershipService;
import org.mutual.domain.note.NoteService;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionService;
import org.mutual.domain.user.AccountRepository;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Script and markup stored in the fields that pages show (group, client and exercise names, note
 * text, homework texts and reflection, intake reason, resource title, cancel reason), then those
 * pages opened in Chromium by the people who see them: nothing runs ({@code window.__pwned} stays
 * undefined, no alert) and each payload is shown as the text it is.
 */
class HostileRenderingTest extends BrowserTestBase {

    @Autowired ApplicationContext app;
    @Autowired AccountRepository accounts;
    @Autowired GroupService groups;
    @Autowired MembershipService memberships;
    @Autowired SessionService sessions;
    @Autowired NoteService notes;
    @Autowired ExerciseService exercises;
    @Autowired ResourceService resources;
    @Autowired HomeworkService homework;
    @Autowired IntakeService intakes;
    @Autowired PracticeZone practiceZone;
    @Autowired DSLContext dsl;

    /** Text of the page including field values and open shadow roots. */
    static final String PAGE_TEXT = """
            const out = [document.body.innerText];
            const walk = root => root.querySelectorAll('*').forEach(n => {
              if (n.shadowRoot) { out.push(n.shadowRoot.textContent); walk(n.shadowRoot); }
              if ((n.tagName === 'INPUT' || n.tagName === 'TEXTAREA') && n.value) out.push(n.value);
            });
            walk(document);
            return out.join('\\n');""";

    int shown;

    @Test
    void stored_script_is_shown_as_text_and_never_runs() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<String> payloads = HostileInputs.scripts().stream().map(HostileInputs.Input::value)
                .filter(v -> v.length() <= 100).toList();
        String groupName = payload(payloads, 0, "group " + tag);
        String clientName = payload(payloads, 3, "client " + tag);
        String noteText = payload(payloads, 5, "note " + tag);
        String cancelReason = payload(payloads, 9, "cancel " + tag);
        String intakeReason = payload(payloads, 11, "intake " + tag);
        String exerciseTitle = payload(payloads, 13, "exercise " + tag);
        String resourceTitle = payload(payloads, 16, "resource " + tag);
        String homeworkTitle = payload(payloads, 17, "homework " + tag);
        String instructions = payload(payloads, 19, "steps " + tag);
        String reflection = payload(payloads, 1, "reflection " + tag);

        DemoRecords demo = DemoRecords.of(app);
        LocalDate today = LocalDate.now(practiceZone.zone());
        TestUsers.signIn(accounts, "therapist");
        GroupId group = groups.create(GroupDraft.of(groupName, "Escaping " + tag, groupName, 10));
        ClientId client = memberships.addNewClient(group, ClientDraft.of("Legal " + clientName, clientName,
                "hostile-" + tag + "@example.org", null, null, null, today), today, Set.of());
        SessionId session = sessions.addSingle(group, today, LocalTime.of(19, 0), Duration.ofMinutes(60),
                practiceZone.zone(), SessionLocation.of(groupName, null));
        notes.saveDraft(session, null, noteText, -1);
        SessionId cancelled = sessions.addSingle(group, today.plusDays(1), LocalTime.of(19, 0), Duration.ofMinutes(60),
                practiceZone.zone(), SessionLocation.of("Room", null));
        sessions.cancel(cancelled, cancelReason, sessions.get(cancelled).version());
        exercises.create(ExerciseDraft.of(null, exerciseTitle, "Goal " + tag, "Steps", null, 20, null, Set.of(),
                List.of()));
        resources.create(new ResourceDraft(resourceTitle, null, "https://example.org/" + tag, null), null);
        HomeworkId caseys = homework.assignToMember(demo.tuesday(), demo.casey(), null, null, homeworkTitle,
                instructions, today.plusDays(5)).homework().getFirst();
        TestUsers.signOut();
        IntakeForm form = IntakeForm.of("Legal Intake " + tag, "Intake" + tag, "intake-" + tag + "@example.org", null,
                intakeReason, Set.of(BarrierPattern.SELF_SUFFICIENCY), Set.of(DayOfWeek.TUESDAY),
                Set.of(DayPart.EVENING), true, UUID.randomUUID().toString(), today);
        intakes.submit(form, "198.18.0." + (Math.abs(tag.hashCode()) % 250), "");
        IntakeId intake = new IntakeId(dsl.select(DSL.field("id", Long.class)).from(DSL.table("intake"))
                .where(DSL.field("idempotency_key").eq(form.idempotencyKey())).fetchSingle().value1());
        TestUsers.signIn(accounts, "client");
        homework.saveMyDraft(caseys, reflection, Map.of(), homework.myHomework(caseys).version());
        TestUsers.signOut();

        List<String> problems = new ArrayList<>();
        loginPage().signInAs("therapist", DemoData.PASSWORD);
        check(problems, "/groups/" + group, "#group-view", groupName, clientName);
        check(problems, "/groups", "#groups", groupName);
        check(problems, "/clients/" + client, "#client-view", clientName);
        check(problems, "/sessions/" + cancelled, "#session-view", cancelReason, groupName);
        openNotes(problems, "/sessions/" + session, noteText);
        check(problems, "/intakes/" + intake, "#intake-detail", intakeReason);
        searchAndCheck(problems, "/exercises", "#exercise-search", tag, exerciseTitle);
        searchAndCheck(problems, "/resources", "#resource-search", tag, resourceTitle);
        driver.get(url("/"));
        loginPage().logOut();
        loginPage().signInAs("client", DemoData.PASSWORD);
        check(problems, "/my/homework/" + caseys, "#my-homework-item", homeworkTitle, instructions, reflection);
        check(problems, "/my/homework", "#my-homework", homeworkTitle);

        System.out.println("Hostile rendering: " + shown + " payloads looked for on pages, scripts executed: "
                + problems.stream().filter(p -> p.contains("RAN")).count());
        assertThat(problems).as("pages that ran or mangled stored markup").isEmpty();
    }

    static String payload(List<String> payloads, int index, String label) {
        return payloads.get(index % payloads.size()) + " " + label;
    }

    private void check(List<String> problems, String path, String element, String... payloads) {
        driver.get(url(path));
        waitFor(By.cssSelector(element));
        lookFor(problems, path, payloads);
    }

    private void openNotes(List<String> problems, String path, String text) {
        driver.get(url(path));
        waitFor(By.cssSelector("#session-tabs"));
        driver.executeScript("""
                const tab = [...document.querySelectorAll('#session-tabs vaadin-tab')]
                    .find(t => t.textContent.trim() === 'Notes');
                tab.click();""");
        waitFor(By.cssSelector("#notes-panel"));
        lookFor(problems, path + " (notes)", text);
    }

    private void searchAndCheck(List<String> problems, String path, String search, String tag, String payload) {
        driver.get(url(path));
        waitFor(By.cssSelector(search + " input")).sendKeys(tag);
        lookFor(problems, path + " (search " + tag + ")", payload);
    }

    /** Waits until every payload shows as text, then checks that nothing ran. */
    private void lookFor(List<String> problems, String where, String... payloads) {
        shown += payloads.length;
        try {
            waitUpTo(15).until(d -> {
                String text = (String) driver.executeScript(PAGE_TEXT);
                return java.util.Arrays.stream(payloads).allMatch(text::contains);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            String text = (String) driver.executeScript(PAGE_TEXT);
            java.util.Arrays.stream(payloads).filter(p -> !text.contains(p))
                    .forEach(p -> problems.add(where + ": not shown verbatim: " + p));
        }
        // Event handlers such as onerror fire a moment after the markup lands.
        sleep(300);
        Object pwned = driver.executeScript("return window.__pwned;");
        if (pwned != null) {
            problems.add(where + ": a stored payload RAN (window.__pwned = " + pwned + ")");
        }
        try {
            String alert = driver.switchTo().alert().getText();
            problems.add(where + ": an alert RAN: " + alert);
            driver.switchTo().alert().dismiss();
        } catch (NoAlertPresentException expected) {
            // Nothing ran.
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
