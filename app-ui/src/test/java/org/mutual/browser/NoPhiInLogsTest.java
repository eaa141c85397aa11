package org.mutual.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutual.app.DemoData;
import org.mutual.app.TestUsers;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.client.ClientDraft;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.homework.Homework;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.homework.HomeworkService;
import org.mutual.domain.intake.DayPart;
import org.mutual.domain.intake.IntakeForm;
import org.mutual.domain.intake.IntakeService;
import org.mutual.domain.measure.Cadence;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.MeasureResponse;
import org.mutual.domain.measure.MeasureService;
import org.mutual.domain.measure.ScheduleId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.membership.MembershipService;
import org.mutual.domain.note.Note;
import org.mutual.domain.note.NoteService;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionService;
import org.mutual.domain.user.AccountRepository;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * No personal health information reaches the log or the address bar. The application runs with its
 * own database and DEBUG logging for its own code, jOOQ, Spring Security, Spring MVC, Vaadin, the
 * connection pool and Flyway; every log event is captured while people use it — in Chromium and
 * through the services — with names, e-mail addresses and clinical texts made for this run. None of
 * them may appear in any log line (message, arguments, exception or context), and every address the
 * browser was at or was offered a link to names records by id only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:no-phi-in-logs;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "logging.level.root=INFO",
        "logging.level.org.mutual=DEBUG",
        "logging.level.org.jooq=DEBUG",
        "logging.level.org.springframework.security=DEBUG",
        "logging.level.org.springframework.web=DEBUG",
        "logging.level.com.vaadin=DEBUG",
        "logging.level.com.zaxxer.hikari=DEBUG",
        "logging.level.org.flywaydb=DEBUG"})
class NoPhiInLogsTest extends BrowserTestBase {

    /** The DEBUG loggers; jOOQ's statement logger among them, which logs values unless switched off. */
    static final List<String> DEBUG_LOGGERS = List.of("org.mutual", "org.jooq", "org.jooq.tools.LoggerListener",
            "org.springframework.security", "org.springframework.web", "com.vaadin", "com.zaxxer.hikari",
            "org.flywaydb");

    /** Letters no log line has by chance; every sensitive text of this run contains them. */
    static final String TAG = randomTag();

    @Autowired AccountRepository accounts;
    @Autowired GroupService groups;
    @Autowired SessionService sessions;
    @Autowired NoteService notes;
    @Autowired HomeworkService homework;
    @Autowired MeasureService measures;
    @Autowired IntakeService intakes;
    @Autowired MembershipService membershipService;
    @Autowired MembershipRepository memberships;
    @Autowired ClientRepository clients;
    @Autowired PracticeZone zone;

    private final Capture capture = new Capture();
    private final Set<String> sensitive = new LinkedHashSet<>();
    private final Set<String> addresses = new LinkedHashSet<>();

    @BeforeEach
    void captureTheLog() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        capture.setContext(context);
        capture.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(capture);
    }

    @AfterEach
    void stopCapturing() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(capture);
        capture.stop();
        TestUsers.signOut();
    }

    @Test
    void journeys_at_debug_leave_no_names_emails_or_clinical_texts_in_the_log_or_the_addresses() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(DEBUG_LOGGERS).allSatisfy(name -> assertThat(context.getLogger(name).getEffectiveLevel())
                .as(name).isEqualTo(Level.DEBUG));

        failedLogins();
        intakeInTheBrowser();
        therapistInTheBrowser();
        throughTheServices();

        List<String> lines = capture.lines();
        assertThat(lines).as("the journeys were logged at DEBUG").hasSizeGreaterThan(500);
        assertThat(capture.debugLoggers()).as("DEBUG lines came from").contains("org.springframework.security",
                "org.springframework.web", "com.vaadin", "com.zaxxer.hikari");

        Map<String, List<String>> found = sensitive.stream().collect(Collectors.toMap(s -> s,
                s -> lines.stream().filter(l -> l.toLowerCase(Locale.ROOT).contains(s.toLowerCase(Locale.ROOT)))
                        .limit(3).toList()));
        found.values().removeIf(List::isEmpty);
        List<String> tagged = lines.stream().filter(l -> l.toUpperCase(Locale.ROOT).contains(TAG)).limit(5).toList();
        System.out.printf("NoPhiInLogsTest: %d log lines scanned for %d sensitive strings; %d found; "
                + "%d addresses checked%n", lines.size(), sensitive.size(), found.size(), addresses.size());
        assertThat(found).as("sensitive texts in the log").isEmpty();
        assertThat(tagged).as("log lines with any text of this run").isEmpty();

        assertThat(addresses).as("addresses seen").hasSizeGreaterThan(5).allSatisfy(this::namesRecordsByIdOnly);
    }

    // --- journeys -------------------------------------------------------------------------------

    private void failedLogins() {
        String email = secret("forgot." + TAG.toLowerCase(Locale.ROOT) + "@probe.example");
        String passwordInTheWrongField = secret("Hunter-" + TAG);
        assertThat(loginPage().signInFails(email, "wrong-password")).isTrue();
        seen();
        assertThat(loginPage().signInFails(passwordInTheWrongField, "wrong-password")).isTrue();
        seen();
        assertThat(loginPage().signInFails("client", secret("Wrong-" + TAG))).isTrue();
        seen();
    }

    private void intakeInTheBrowser() {
        IntakePage form = IntakePage.openFromLogin(this);
        seen();
        form.name(secret("Philippa Oakhurst " + TAG)).preferredName(secret("Pippa" + TAG))
                .email(secret("pippa." + TAG.toLowerCase(Locale.ROOT) + "@probe.example"))
                .reason(secret("Since the divorce " + TAG + " I cannot ask anyone for help."))
                .tick("intake-patterns", 0).tick("intake-days", 1).tick("intake-day-parts", 2).consent();
        form.submit();
        assertThat(form.thanks()).contains("Thank you");
        seen();
    }

    private void therapistInTheBrowser() {
        loginPage().signInAs("therapist", DemoData.PASSWORD);
        seen();
        GroupsPage.open(this).waitForRow("Tuesday evening group");
        seen();
        driver.findElement(By.linkText("Tuesday evening group")).click();
        GroupPage group = new GroupPage(this);
        String legal = secret("Bartholomew Quince " + TAG);
        String preferred = secret("Barty" + TAG);
        group.addMember(legal, preferred, secret("barty." + TAG.toLowerCase(Locale.ROOT) + "@probe.example"));
        seen();
        String member = group.clientIdOf(preferred);
        group.showSessions().openUpcomingSession(0);
        seen();
        tab("Notes");
        waitFor(By.cssSelector("#group-note-text textarea"))
                .sendKeys(secret("Group note " + TAG + ": Casey spoke about her father's drinking."));
        click(waitFor(By.id("group-note-sign")));
        waitFor(By.id("group-note-signed"));
        seen();

        IntakeQueuePage.open(this).openRow("Pippa" + TAG);
        seen();
        driver.get(url("/clients/" + member));
        waitFor(By.id("current-user"));
        seen();
        loginPage().logOut();
        seen();
    }

    private void throughTheServices() {
        LocalDate today = LocalDate.now(zone.zone());
        TestUsers.signIn(accounts, "therapist");
        GroupId tuesday = groups.list("Tuesday evening group", null, 0, 1).getFirst().id();
        ClientId casey = clients.findAll(memberships.periodsOfGroup(tuesday).stream().map(MembershipPeriod::client)
                .toList()).stream().filter(c -> c.preferredName().equals("Casey")).findFirst().orElseThrow().id();
        SessionId session = sessions.sessionsOfGroup(tuesday, Instant.now(), Instant.now().plus(Duration.ofDays(60)))
                .get(1).id();

        membershipService.addNewClient(tuesday, ClientDraft.of(secret("Cornelius Abernathy " + TAG),
                secret("Neil" + TAG), secret("neil." + TAG.toLowerCase(Locale.ROOT) + "@probe.example"),
                secret("+44 7700 9" + digits()), null, secret("Mother " + TAG + " +44 7700 900123"), today),
                today, Set.of(BarrierPattern.SELF_SUFFICIENCY));

        Note draft = notes.saveDraft(session, casey, secret("Progress " + TAG + ": disclosed self-harm last spring."), -1);
        Note signed = notes.sign(draft.id(), draft.version());
        notes.addAddendum(signed.id(), secret("Addendum " + TAG + ": her sister confirmed it."));
        notes.notes(session);

        HomeworkId assigned = homework.assignToMember(tuesday, casey, session, null, secret("Letter " + TAG),
                secret("Write to your estranged brother " + TAG + "."), today.plusDays(5)).homework().getFirst();
        ScheduleId schedule = measures.schedule(tuesday, casey, Instrument.PHQ9, new Cadence.Once(today.plusDays(2)));

        TestUsers.signIn(accounts, "client");
        Homework mine = homework.myHomework(assigned);
        Homework drafted = homework.saveMyDraft(assigned, secret("Reflection " + TAG + ": I cried when I wrote it."),
                Map.of(), mine.version());
        homework.submitMine(assigned, drafted.version());
        MeasureResponse pending = measures.myPending().stream().filter(r -> r.schedule().equals(schedule))
                .findFirst().orElseThrow();
        measures.submitMine(pending.id(), IntStream.rangeClosed(1, 9).boxed()
                .collect(Collectors.toMap(i -> i, i -> i == 9 ? 2 : 3)), pending.version());

        TestUsers.signIn(accounts, "therapist");
        homework.review(assigned, secret("Feedback " + TAG + ": that took courage."), homework.read(assigned).version());
        measures.scoresOf(casey);
        measures.openAlerts();

        TestUsers.signOut();
        intakes.submit(IntakeForm.of(secret("Theodora Lusk " + TAG), secret("Teddy" + TAG),
                secret("teddy." + TAG.toLowerCase(Locale.ROOT) + "@probe.example"), null,
                secret("My panic attacks " + TAG + " keep me from work."), Set.of(BarrierPattern.SELF_SUFFICIENCY),
                Set.of(DayOfWeek.TUESDAY), Set.of(DayPart.EVENING), true, UUID.randomUUID().toString(), today),
                "192.0.2.77", "");
    }

    // --- helpers --------------------------------------------------------------------------------

    private String secret(String text) {
        sensitive.add(text);
        return text;
    }

    /** Notes where the browser is and every link the page offers. */
    private void seen() {
        addresses.add(driver.getCurrentUrl());
        for (WebElement link : driver.findElements(By.cssSelector("a[href]"))) {
            try {
                addresses.add(link.getDomProperty("href"));
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                // re-rendered meanwhile; the next look catches the new one
            }
        }
    }

    private void namesRecordsByIdOnly(String address) {
        assertThat(address.toUpperCase(Locale.ROOT)).as(address).doesNotContain(TAG).doesNotContain("%40")
                .doesNotContain("@");
        URI uri = URI.create(address);
        if (!"localhost".equals(uri.getHost())) {
            return;
        }
        assertThat(uri.getPath()).as("path of %s: route words and numeric ids", address)
                .matches("(/[a-z-]+|/[0-9]+)*/?");
        if (uri.getQuery() != null) {
            assertThat(uri.getQuery()).as("query of %s", address).matches("[a-z0-9=&-]*");
        }
    }

    private void tab(String name) {
        waitUpTo(30).until(d -> d.findElements(By.cssSelector("#session-tabs vaadin-tab")).stream()
                .anyMatch(t -> t.getText().equals(name)));
        driver.findElements(By.cssSelector("#session-tabs vaadin-tab")).stream()
                .filter(t -> t.getText().equals(name)).findFirst().orElseThrow().click();
    }

    private static String digits() {
        return String.format("%05d", new Random().nextInt(100_000));
    }

    private static String randomTag() {
        Random random = new Random();
        return IntStream.range(0, 8).mapToObj(i -> String.valueOf((char) ('Q' + random.nextInt(10))))
                .collect(Collectors.joining());
    }

    /** Every log event as text: logger, level, message with its arguments, exceptions, context. */
    static final class Capture extends AppenderBase<ILoggingEvent> {

        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final Set<String> debugLoggers = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Override
        protected void append(ILoggingEvent event) {
            StringBuilder line = new StringBuilder().append(event.getLevel()).append(' ')
                    .append(event.getLoggerName()).append(' ').append(event.getThreadName()).append(' ')
                    .append(event.getFormattedMessage());
            if (event.getMDCPropertyMap() != null && !event.getMDCPropertyMap().isEmpty()) {
                line.append(' ').append(event.getMDCPropertyMap());
            }
            if (event.getKeyValuePairs() != null) {
                line.append(' ').append(event.getKeyValuePairs());
            }
            if (event.getThrowableProxy() != null) {
                line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
            lines.add(line.toString());
            if (event.getLevel() == Level.DEBUG) {
                DEBUG_LOGGERS.stream().filter(event.getLoggerName()::startsWith).forEach(debugLoggers::add);
            }
        }

        List<String> lines() {
            return new ArrayList<>(lines);
        }

        Set<String> debugLoggers() {
            return Set.copyOf(debugLoggers);
        }
    }
}
