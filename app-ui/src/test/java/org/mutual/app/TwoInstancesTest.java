package org.mutual.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutual.persistence.jooq.Tables.JOB_LOCK;
import static org.mutual.persistence.jooq.Tables.MEASURE_OCCURRENCE;
import static org.mutual.persistence.jooq.Tables.MEASURE_RESPONSE;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mutual.MutualApplication;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.group.Group;
import org.mutual.domain.group.GroupDraft;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.homework.Homework;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.homework.HomeworkService;
import org.mutual.domain.measure.Cadence;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.MeasureService;
import org.mutual.domain.measure.ScheduleId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.note.Note;
import org.mutual.domain.note.NoteService;
import org.mutual.domain.note.NoteStatus;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionService;
import org.mutual.domain.staff.AccountService;
import org.mutual.domain.user.AccountRepository;
import org.mutual.persistence.support.TestDatabase;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of Mutual on one PostgreSQL database, as a practice scales out behind a load
 * balancer: what one instance writes the other reads at once (nothing is cached in memory), a write
 * through one instance based on what the other showed before a change is refused as a concurrent
 * edit, and the scheduled questionnaire release started on both at the same moment runs on one.
 */
class TwoInstancesTest {

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoInstances() {
        String url = TestDatabase.newDatabaseUrl();
        // The first migrates and seeds the demo practice; the second finds both done.
        a = start(url);
        b = start(url);
    }

    @AfterAll
    static void stopThem() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void both_instances_share_one_database() {
        assertThat(a.getEnvironment().getProperty("local.server.port"))
                .isNotEqualTo(b.getEnvironment().getProperty("local.server.port"));
        assertThat(a.getEnvironment().getProperty("spring.datasource.url"))
                .isEqualTo(b.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
        assertThat(a.getBean(AccountRepository.class).count()).isEqualTo(5);
        assertThat(b.getBean(AccountRepository.class).count()).as("seeded once, not once per instance").isEqualTo(5);
    }

    @Test
    void a_change_through_one_instance_is_read_through_the_other_at_once() {
        signIn(a, "therapist");
        GroupId tuesday = tuesday(a);
        Group before = a.getBean(GroupService.class).get(tuesday);
        signIn(b, "therapist");
        assertThat(b.getBean(GroupService.class).get(tuesday).name()).isEqualTo(before.name());

        // A group renamed on A.
        signIn(a, "therapist");
        a.getBean(GroupService.class).updateDetails(tuesday, GroupDraft.of("Tuesday evening group (renamed on A)",
                before.focus(), before.description(), before.capacity()), before.version());
        long renamed = System.nanoTime();
        signIn(b, "therapist");
        Group onB = b.getBean(GroupService.class).get(tuesday);
        long seen = System.nanoTime();
        assertThat(onB.name()).isEqualTo("Tuesday evening group (renamed on A)");
        assertThat(b.getBean(GroupService.class).list("renamed on A", null, 0, 10)).singleElement()
                .satisfies(g -> assertThat(g.id()).isEqualTo(tuesday));
        System.out.printf("TwoInstancesTest: rename on A read on B after %d ms%n", (seen - renamed) / 1_000_000);

        // A note signed on A.
        signIn(a, "therapist");
        SessionId session = firstSession(a, tuesday);
        Note draft = a.getBean(NoteService.class).saveDraft(session, null, "Written and signed on A.",
                a.getBean(NoteService.class).latest(session, null).map(Note::version).orElse(-1));
        a.getBean(NoteService.class).sign(draft.id(), draft.version());
        signIn(b, "therapist");
        assertThat(b.getBean(NoteService.class).latest(session, null)).hasValueSatisfying(n -> {
            assertThat(n.status()).isEqualTo(NoteStatus.SIGNED);
            assertThat(n.text()).isEqualTo("Written and signed on A.");
        });

        // Homework assigned on B, handed in by the client on A, waiting for review on B.
        ClientId casey = casey(b, tuesday);
        HomeworkId homework = b.getBean(HomeworkService.class).assignToMember(tuesday, casey, session, null,
                "Across instances", "Hand it in on the other one.", today(b).plusDays(3)).homework().getFirst();
        signIn(a, "client");
        HomeworkService clientOnA = a.getBean(HomeworkService.class);
        Homework mine = clientOnA.myHomework(homework);
        Homework drafted = clientOnA.saveMyDraft(homework, "Handed in on A.", Map.of(), mine.version());
        clientOnA.submitMine(homework, drafted.version());
        long submitted = System.nanoTime();
        signIn(b, "therapist");
        assertThat(b.getBean(HomeworkService.class).toReview()).anySatisfy(r ->
                assertThat(r.homework().id()).isEqualTo(homework));
        assertThat(b.getBean(HomeworkService.class).read(homework).reflection()).isEqualTo("Handed in on A.");
        System.out.printf("TwoInstancesTest: homework handed in on A waiting for review on B after %d ms%n",
                (System.nanoTime() - submitted) / 1_000_000);
    }

    @Test
    void a_write_through_one_instance_from_a_version_the_other_changed_is_a_concurrent_edit() {
        signIn(a, "therapist");
        GroupId group = a.getBean(GroupService.class).create(GroupDraft.of("Two instances", "Scale-out", null, 8));
        Group readOnA = a.getBean(GroupService.class).get(group);
        signIn(b, "therapist");
        Group readOnB = b.getBean(GroupService.class).get(group);
        assertThat(readOnB.version()).isEqualTo(readOnA.version());

        b.getBean(GroupService.class).updateDetails(group, GroupDraft.of("Changed on B", "Scale-out", null, 8),
                readOnB.version());
        signIn(a, "therapist");
        assertThatThrownBy(() -> a.getBean(GroupService.class).updateDetails(group,
                GroupDraft.of("Changed on A from a stale page", "Scale-out", null, 8), readOnA.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(a.getBean(GroupService.class).get(group).name()).isEqualTo("Changed on B");

        // The same for a clinical record: a note draft.
        SessionId session = a.getBean(SessionService.class).addSingle(group, today(a).plusDays(7), LocalTime.of(18, 0),
                Duration.ofMinutes(90), a.getBean(PracticeZone.class).zone(), SessionLocation.of("Room 2", null));
        Note draft = a.getBean(NoteService.class).saveDraft(session, null, "First words on A.", -1);
        signIn(b, "therapist");
        b.getBean(NoteService.class).saveDraft(session, null, "Rewritten on B.", draft.version());
        signIn(a, "therapist");
        assertThatThrownBy(() -> a.getBean(NoteService.class).saveDraft(session, null, "Overwrite from A.",
                draft.version())).isInstanceOf(ConcurrentEditException.class);
        assertThat(a.getBean(NoteService.class).latest(session, null).orElseThrow().text()).isEqualTo("Rewritten on B.");
    }

    @Test
    void the_questionnaire_release_started_on_both_at_the_same_moment_runs_once() throws Exception {
        signIn(a, "therapist");
        GroupId tuesday = tuesday(a);
        ScheduleId schedule = a.getBean(MeasureService.class).schedule(tuesday, null, Instrument.GAD7,
                new Cadence.EverySessions(1));
        a.getBean(SessionService.class).addSingle(tuesday, today(a).plusDays(1), LocalTime.of(12, 0),
                Duration.ofMinutes(60), a.getBean(PracticeZone.class).zone(), SessionLocation.of("Room 2", null));
        TestUsers.signOut();
        DSLContext dsl = a.getBean(DSLContext.class);
        dsl.deleteFrom(JOB_LOCK).where(JOB_LOCK.NAME.eq(MeasureReleases.JOB)).execute();

        ListAppender<ILoggingEvent> log = listen();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Void> onA = CompletableFuture.runAsync(() -> runAt(together, a), two);
            CompletableFuture<Void> onB = CompletableFuture.runAsync(() -> runAt(together, b), two);
            CompletableFuture.allOf(onA, onB).join();
        } finally {
            two.shutdown();
            ((Logger) LoggerFactory.getLogger(MeasureReleases.class)).detachAppender(log);
        }

        List<String> messages = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        System.out.printf("TwoInstancesTest: release on both at once: %s%n", messages);
        assertThat(messages).filteredOn(m -> m.startsWith("Released ")).as("ran on one instance").hasSize(1);
        assertThat(messages).filteredOn(m -> m.contains("runs on another instance")).as("skipped on the other")
                .hasSize(1);
        int released = dsl.fetchCount(MEASURE_RESPONSE, MEASURE_RESPONSE.OCCURRENCE_ID.in(
                dsl.select(MEASURE_OCCURRENCE.ID).from(MEASURE_OCCURRENCE)
                        .where(MEASURE_OCCURRENCE.SCHEDULE_ID.eq(schedule.value()))));
        assertThat(released).as("one request per member for tomorrow's session").isPositive();
        assertThat(messages).contains("Released " + released + " questionnaire request(s)");
        assertThat(dsl.fetchCount(JOB_LOCK, JOB_LOCK.NAME.eq(MeasureReleases.JOB))).isEqualTo(1);
    }

    @Test
    void an_account_deactivated_through_one_instance_is_signed_out_of_the_other() {
        HttpVisitor onB = new HttpVisitor(path -> "http://localhost:" + port(b) + path);
        onB.signIn("cotherapist", DemoData.PASSWORD);
        assertThat(onB.get("/groups").statusCode()).as("signed in on B").isEqualTo(200);

        signIn(a, "admin");
        a.getBean(AccountService.class).deactivate(a.getBean(AccountRepository.class).findByUsername("cotherapist")
                .orElseThrow().id());
        long deactivated = System.nanoTime();

        assertThat(HttpVisitor.sendsToLogin(onB.get("/groups"))).as("B's next request goes to the login page")
                .isTrue();
        System.out.printf("TwoInstancesTest: deactivated on A, signed out on B after %d ms%n",
                (System.nanoTime() - deactivated) / 1_000_000);
        assertThat(HttpVisitor.sendsToLogin(onB.get("/groups"))).isTrue();
        assertThat(onB.signIn("cotherapist", DemoData.PASSWORD).headers().firstValue("Location"))
                .as("and can't sign in again").hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    // --- helpers --------------------------------------------------------------------------------

    private static String port(ConfigurableApplicationContext app) {
        return app.getEnvironment().getProperty("local.server.port");
    }

    private static void runAt(CyclicBarrier together, ConfigurableApplicationContext app) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        app.getBean(MeasureReleases.class).releaseDue();
    }

    private static ListAppender<ILoggingEvent> listen() {
        Logger logger = (Logger) LoggerFactory.getLogger(MeasureReleases.class);
        logger.setLevel(Level.DEBUG);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        appender.start();
        logger.addAppender(appender);
        return appender;
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(MutualApplication.class).run("--server.port=0",
                "--MUTUAL_DB_URL=" + url, "--MUTUAL_DB_USER=" + TestDatabase.POSTGRES_USER, "--MUTUAL_DB_PASSWORD=",
                // Only the test starts the release, on both at the same moment.
                "--mutual.measures.release-initial-delay=PT1H");
    }

    private static void signIn(ConfigurableApplicationContext app, String username) {
        TestUsers.signIn(app.getBean(AccountRepository.class), username);
    }

    private static GroupId tuesday(ConfigurableApplicationContext app) {
        return app.getBean(GroupService.class).list("Tuesday evening group", null, 0, 1).getFirst().id();
    }

    private static SessionId firstSession(ConfigurableApplicationContext app, GroupId group) {
        return app.getBean(SessionService.class).sessionsOfGroup(group, Instant.now(),
                Instant.now().plus(Duration.ofDays(60))).getFirst().id();
    }

    private static ClientId casey(ConfigurableApplicationContext app, GroupId group) {
        return app.getBean(ClientRepository.class).findAll(app.getBean(MembershipRepository.class)
                        .periodsOfGroup(group).stream().map(MembershipPeriod::client).toList()).stream()
                .filter(c -> c.preferredName().equals("Casey")).findFirst().orElseThrow().id();
    }

    private static LocalDate today(ConfigurableApplicationContext app) {
        return LocalDate.now(app.getBean(PracticeZone.class).zone());
    }
}
