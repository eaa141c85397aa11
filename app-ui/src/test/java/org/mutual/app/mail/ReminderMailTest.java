package org.mutual.app.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mutual.app.TestUsers;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.client.Client;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupAccess;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.homework.ClientAccounts;
import org.mutual.domain.homework.Homework;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.homework.HomeworkRepository;
import org.mutual.domain.homework.HomeworkService;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.note.NoteService;
import org.mutual.domain.reminder.ReminderPlan;
import org.mutual.domain.reminder.ReminderRepository;
import org.mutual.domain.reminder.ReminderRun;
import org.mutual.domain.reminder.ReminderService;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionRepository;
import org.mutual.domain.session.SessionService;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.Language;
import org.mutual.domain.user.UserId;
import org.mutual.domain.user.UserLanguages;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminders through real SMTP. Each test runs the reminders as they would run on a day of its own
 * (a clock fixed weeks ahead, at 09:00 practice time) with the application's real parts: the
 * database's record of sent reminders, the mail sender, the demo practice.
 */
class ReminderMailTest extends MailingAppTest {

    @Autowired ReminderRepository reminders;
    @Autowired ReminderMail mail;
    @Autowired ClientAccounts clientAccounts;
    @Autowired MembershipRepository memberships;
    @Autowired GroupAccess groupAccess;
    @Autowired CurrentUser currentUser;
    @Autowired Audit audit;
    @Autowired Transactions tx;
    @Autowired PracticeZone zone;
    @Autowired AccountRepository accounts;
    @Autowired GroupService groups;
    @Autowired ClientRepository clients;
    @Autowired SessionRepository sessionRepository;
    @Autowired SessionService sessions;
    @Autowired HomeworkService homework;
    @Autowired HomeworkRepository homeworkRepository;
    @Autowired NoteService notes;
    @Autowired ReminderService service;
    @Autowired UserLanguages languages;
    @Autowired DataSource dataSource;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void every_member_is_reminded_of_tomorrows_session_once_however_many_runs_race() throws Exception {
        Session session = tuesdaySessionInWeeks(3);
        ReminderService first = at(dayBefore(session));
        ReminderService second = at(dayBefore(session));
        Set<MimeMessage> before = received();

        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<ReminderRun> one = CompletableFuture.supplyAsync(() -> awaitThen(start, first));
        CompletableFuture<ReminderRun> two = CompletableFuture.supplyAsync(() -> awaitThen(start, second));
        ReminderRun a = one.get();
        ReminderRun b = two.get();
        ReminderRun third = first.sendDue();

        Map<String, List<MimeMessage>> byRecipient = sinceBySubject(before, "Mutual: your group meets tomorrow");
        // The demo members, Morgan without a login too; other mail tests may invite more into the group.
        assertThat(byRecipient.keySet()).as("the Tuesday group's members")
                .contains("casey@demo.mutual.example", "jordan@demo.mutual.example", "morgan@demo.mutual.example");
        assertThat(byRecipient.values()).allSatisfy(mails -> assertThat(mails).hasSize(1));
        assertThat(a.failed() + b.failed()).isZero();
        assertThat(a.sent() + b.sent()).as("between them, the racing runs sent the day's reminders once")
                .isEqualTo(third.alreadySent()).isGreaterThanOrEqualTo(3);
        assertThat(third.sent()).as("a repeated run sends nothing").isZero();
        String body = byRecipient.get("casey@demo.mutual.example").getFirst().getContent().toString();
        assertThat(body).contains("at Room 2").contains(PUBLIC_URL + "/my/sessions")
                .doesNotContain("Casey").doesNotContain("Rivera").doesNotContain("Tuesday evening group");
    }

    @Test
    void a_client_who_turned_reminders_off_gets_none() throws Exception {
        Session session = tuesdaySessionInWeeks(4);
        ClientId jordan = client("Jordan");
        TestUsers.signIn(accounts, "client2");
        service.setMyEmailReminders(false);
        assertThat(service.myEmailReminders()).isFalse();
        try {
            Set<MimeMessage> before = received();

            at(dayBefore(session)).sendDue();

            assertThat(sinceBySubject(before, "Mutual: your group meets tomorrow").keySet())
                    .contains("casey@demo.mutual.example").doesNotContain("jordan@demo.mutual.example");
        } finally {
            TestUsers.signIn(accounts, "therapist");
            assertThat(service.emailReminders(jordan)).as("the therapist sees the choice").isFalse();
            service.setEmailReminders(jordan, true);
        }
    }

    @Test
    void a_member_who_chose_spanish_is_reminded_in_spanish_and_the_others_in_english() throws Exception {
        Session session = tuesdaySessionInWeeks(6);
        UserId jordansLogin = accounts.findByUsername("client2").orElseThrow().id();
        languages.save(jordansLogin, Language.SPANISH);
        try {
            Set<MimeMessage> before = received();

            at(dayBefore(session)).sendDue();

            Map<String, List<MimeMessage>> spanish = sinceBySubject(before, "Mutual: su grupo se reúne mañana");
            assertThat(spanish.keySet()).containsExactly("jordan@demo.mutual.example");
            String body = spanish.get("jordan@demo.mutual.example").getFirst().getContent().toString();
            assertThat(body).as("a Spanish text with a Spanish date: the group meets on Tuesdays")
                    .contains("su grupo se reúne mañana, martes, ").contains(" de ")
                    .contains("en Room 2").contains(PUBLIC_URL + "/my/sessions").doesNotContain("Tuesday");
            assertThat(sinceBySubject(before, "Mutual: your group meets tomorrow").keySet())
                    .contains("casey@demo.mutual.example").doesNotContain("jordan@demo.mutual.example");
        } finally {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement unset = c.prepareStatement("update app_user set locale = null where id = ?")) {
                unset.setLong(1, jordansLogin.value());
                unset.executeUpdate();
            }
        }
    }

    @Test
    void a_cancelled_session_brings_no_reminder() throws Exception {
        Session session = tuesdaySessionInWeeks(5);
        TestUsers.signIn(accounts, "therapist");
        sessions.cancel(session.id(), "Holiday", session.version());
        assertThat(sessionRepository.find(session.id()).orElseThrow().status()).isEqualTo(SessionStatus.CANCELLED);
        Set<MimeMessage> before = received();

        at(dayBefore(session)).sendDue();

        assertThat(sinceBySubject(before, "Mutual: your group meets tomorrow")).isEmpty();
    }

    @Test
    void open_homework_is_reminded_the_day_before_it_is_due_without_its_title() throws Exception {
        LocalDate due = LocalDate.now(zone.zone()).plusDays(45);
        GroupId tuesday = tuesday();
        ClientId casey = client("Casey");
        TestUsers.signIn(accounts, "therapist");
        homework.assignToMember(tuesday, casey, null, null, "Secret title of the homework", null, due);
        TestUsers.signOut();
        Set<MimeMessage> before = received();

        at(due.minusDays(1)).sendDue();

        Map<String, List<MimeMessage>> mails = sinceBySubject(before, "Mutual: you have homework due");
        assertThat(mails.keySet()).containsExactly("casey@demo.mutual.example");
        String body = mails.get("casey@demo.mutual.example").getFirst().getContent().toString();
        assertThat(body).contains(PUBLIC_URL + "/my/homework").doesNotContain("Secret title");
    }

    @Test
    void a_therapist_gets_a_digest_of_counts_without_client_names() throws Exception {
        GroupId tuesday = tuesday();
        ClientId casey = client("Casey");
        TestUsers.signIn(accounts, "therapist");
        HomeworkId handedIn = homework.assignToMember(tuesday, casey, null, null, "Digest homework", null,
                LocalDate.now(zone.zone()).plusDays(3)).homework().getFirst();
        Session past = sessionRepository.sessionsOfGroup(tuesday, Instant.now().minusSeconds(30L * 86400),
                Instant.now().minusSeconds(3L * 86400)).getFirst();
        notes.saveDraft(past.id(), null, "A draft group note about Casey", 0);
        TestUsers.signIn(accounts, "client");
        Homework mine = homeworkRepository.find(handedIn).orElseThrow();
        homework.saveMyDraft(handedIn, "My reflection", Map.of(), mine.version());
        homework.submitMine(handedIn, homeworkRepository.find(handedIn).orElseThrow().version());
        TestUsers.signOut();
        Instant now = LocalDate.now(zone.zone()).plusDays(60).atTime(LocalTime.of(9, 0)).atZone(zone.zone())
                .toInstant();
        ReminderRepository.TherapistWork expected = reminders.therapistWork(now.minusSeconds(2L * 86400)).stream()
                .filter(w -> w.email().equals("therapist@demo.mutual.example")).findFirst().orElseThrow();
        assertThat(expected.toReview()).isPositive();
        assertThat(expected.unsignedNotes()).isPositive();
        Set<MimeMessage> before = received();

        at(now).sendDue();

        Map<String, List<MimeMessage>> mails = sinceBySubject(before, "Mutual: work waiting for you");
        assertThat(mails.get("therapist@demo.mutual.example")).hasSize(1);
        String body = mails.get("therapist@demo.mutual.example").getFirst().getContent().toString();
        assertThat(body).contains("homework waiting for your review: " + expected.toReview())
                .contains("notes left unsigned for more than two days: " + expected.unsignedNotes())
                .contains(PUBLIC_URL + "/").doesNotContain("Casey").doesNotContain("Rivera")
                .doesNotContain("Digest homework").doesNotContain("reflection");
    }

    private ReminderService at(LocalDate day) {
        return at(day.atTime(LocalTime.of(9, 0)).atZone(zone.zone()).toInstant());
    }

    private ReminderService at(Instant now) {
        return new ReminderService(reminders, mail, clientAccounts, memberships, groupAccess, currentUser, audit,
                tx, Clock.fixed(now, ZoneOffset.UTC), ReminderPlan.of(zone.zone()));
    }

    private static ReminderRun awaitThen(CyclicBarrier start, ReminderService service) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return service.sendDue();
    }

    private LocalDate dayBefore(Session session) {
        return session.startsAt().atZone(zone.zone()).toLocalDate().minusDays(1);
    }

    private Session tuesdaySessionInWeeks(int weeks) {
        Instant from = Instant.now().plusSeconds(weeks * 7L * 86400 - 7L * 86400);
        return sessionRepository.sessionsOfGroup(tuesday(), from, from.plusSeconds(7L * 86400)).getFirst();
    }

    private GroupId tuesday() {
        TestUsers.signIn(accounts, "therapist");
        try {
            return groups.list("Tuesday evening group", null, 0, 1).getFirst().id();
        } finally {
            TestUsers.signOut();
        }
    }

    private ClientId client(String preferredName) {
        return clients.findAll(memberships.periodsOfGroup(tuesday()).stream().map(MembershipPeriod::client).toList())
                .stream().filter(c -> c.preferredName().equals(preferredName)).map(Client::id).findFirst()
                .orElseThrow();
    }

    /** The mail received so far (GreenMail lists it mailbox by mailbox, not in the order it came). */
    private static Set<MimeMessage> received() {
        Set<MimeMessage> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.addAll(Arrays.asList(SMTP.getReceivedMessages()));
        return seen;
    }

    private static Map<String, List<MimeMessage>> sinceBySubject(Set<MimeMessage> before, String subject) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> !before.contains(m))
                .filter(m -> subjectOf(m).equals(subject))
                .collect(Collectors.groupingBy(ReminderMailTest::recipient));
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}
