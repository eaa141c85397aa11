package org.mutual.persistence.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mutual.persistence.jooq.Tables.APP_USER;
import static org.mutual.persistence.jooq.Tables.CLIENT;
import static org.mutual.persistence.jooq.Tables.HOMEWORK;
import static org.mutual.persistence.jooq.Tables.MEMBERSHIP;
import static org.mutual.persistence.jooq.Tables.SESSION_NOTE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.homework.NewHomework;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.reminder.ReminderKey;
import org.mutual.domain.reminder.ReminderKind;
import org.mutual.domain.reminder.ReminderRepository.SessionSeat;
import org.mutual.domain.reminder.ReminderRepository.TherapistWork;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.Language;
import org.mutual.persistence.homework.JooqHomeworkRepository;
import org.mutual.persistence.plan.ClinicalFixture;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestDatabase;

/**
 * What reminders are made from, on H2 and PostgreSQL, one statement per kind; and the record of
 * reminders sent, which takes each reminder once.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ReminderRepositoryTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 5, 4);

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    QueryCounter queries = new QueryCounter();
    ClinicalFixture f;
    JooqReminderRepository reminders;
    JooqHomeworkRepository homework;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        f = new ClinicalFixture(dsl);
        reminders = new JooqReminderRepository(queries.counting(dsl));
        homework = new JooqHomeworkRepository(dsl);
    }

    @Test
    void tomorrows_sessions_come_with_every_membership_of_their_group_in_one_statement() {
        SessionId tuesday = f.session(f.tuesday, "2026-05-05T16:00:00Z");
        f.session(f.tuesday, "2026-05-12T16:00:00Z");
        f.session(f.thursday, "2026-05-07T08:00:00Z");
        dsl.update(MEMBERSHIP).set(MEMBERSHIP.STATUS, MembershipStatus.ON_HOLD.name())
                .where(MEMBERSHIP.CLIENT_ID.eq(f.ben.value())).execute();
        reminders.setRemindersOn(f.cat, false);
        Long anasLogin = dsl.insertInto(APP_USER).set(APP_USER.USERNAME, "ana").set(APP_USER.DISPLAY_NAME, "Ana")
                .set(APP_USER.EMAIL, "ana@example.org").set(APP_USER.ROLE, "CLIENT").set(APP_USER.LOCALE, "es")
                .set(APP_USER.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC)).returningResult(APP_USER.ID)
                .fetchOne(APP_USER.ID);
        dsl.update(CLIENT).set(CLIENT.ACCOUNT_ID, anasLogin).where(CLIENT.ID.eq(f.ana.value())).execute();
        queries.reset();

        List<SessionSeat> seats = reminders.sessionSeats(Instant.parse("2026-05-05T00:00:00Z"),
                Instant.parse("2026-05-06T00:00:00Z"));

        assertThat(queries.count()).isEqualTo(1);
        assertThat(seats).extracting(SessionSeat::session).containsOnly(tuesday);
        assertThat(seats).extracting(SessionSeat::client).containsExactlyInAnyOrder(f.ana, f.ben, f.cat);
        assertThat(seats).filteredOn(s -> s.client().equals(f.ben)).extracting(SessionSeat::membership)
                .containsExactly(MembershipStatus.ON_HOLD);
        assertThat(seats).filteredOn(s -> s.client().equals(f.cat)).extracting(SessionSeat::remindersOn)
                .containsExactly(false);
        assertThat(seats.getFirst().place()).isEqualTo("Room 2");
        assertThat(seats).as("each in the language their login chose; English without a login or a choice")
                .extracting(SessionSeat::client, SessionSeat::language).containsExactlyInAnyOrder(
                        tuple(f.ana, Language.SPANISH), tuple(f.ben, Language.ENGLISH), tuple(f.cat, Language.ENGLISH));
        assertThat(reminders.remindersOn(f.ana)).isTrue();
    }

    @Test
    void open_homework_due_in_the_window_of_active_members_only_in_one_statement() {
        List<HomeworkId> ids = homework.createBatch(NewHomework.of(f.tuesday, null, f.builtIn(Practice.SMALL_EXPERIMENTS),
                "Ask", null, MONDAY.plusDays(1), f.alice, Instant.parse("2026-05-01T10:00:00Z")),
                List.of(f.ana, f.ben, f.cat)).homework();
        dsl.update(HOMEWORK).set(HOMEWORK.STATUS, "SUBMITTED")
                .set(HOMEWORK.SUBMITTED_AT, OffsetDateTime.of(2026, 5, 2, 10, 0, 0, 0, ZoneOffset.UTC))
                .where(HOMEWORK.CLIENT_ID.eq(f.ben.value())).execute();
        dsl.update(MEMBERSHIP).set(MEMBERSHIP.LEFT_ON, MONDAY.minusDays(1))
                .set(MEMBERSHIP.STATUS, MembershipStatus.WITHDRAWN.name())
                .where(MEMBERSHIP.CLIENT_ID.eq(f.cat.value())).execute();
        queries.reset();

        var open = reminders.openHomework(MONDAY, MONDAY.plusDays(1), MONDAY);

        assertThat(queries.count()).isEqualTo(1);
        assertThat(open).singleElement().satisfies(h -> {
            assertThat(h.client()).isEqualTo(f.ana);
            assertThat(ids).contains(h.homework());
            assertThat(h.dueOn()).isEqualTo(MONDAY.plusDays(1));
        });
        assertThat(reminders.openHomework(MONDAY.plusDays(2), MONDAY.plusDays(3), MONDAY)).isEmpty();
    }

    @Test
    void a_therapists_work_counts_submissions_and_old_drafts_of_their_groups_in_one_statement() {
        homework.createBatch(NewHomework.of(f.tuesday, null, f.builtIn(Practice.SMALL_EXPERIMENTS), "Ask", null,
                MONDAY, f.alice, Instant.parse("2026-05-01T10:00:00Z")), List.of(f.ana, f.ben));
        dsl.update(HOMEWORK).set(HOMEWORK.STATUS, "SUBMITTED")
                .set(HOMEWORK.SUBMITTED_AT, OffsetDateTime.of(2026, 5, 2, 10, 0, 0, 0, ZoneOffset.UTC)).execute();
        SessionId old = f.session(f.tuesday, "2026-04-28T16:00:00Z");
        SessionId recent = f.session(f.tuesday, "2026-05-03T16:00:00Z");
        draft(old);
        draft(recent);
        queries.reset();

        List<TherapistWork> work = reminders.therapistWork(Instant.parse("2026-05-02T09:00:00Z"));

        assertThat(queries.count()).isEqualTo(1);
        assertThat(work).as("bob facilitates only the Thursday group, with nothing waiting")
                .containsExactly(new TherapistWork(f.alice, "alice@example.org", Language.ENGLISH, 2, 1));
    }

    @Test
    void a_reminder_is_claimed_once_and_can_be_given_back_after_a_failed_send() {
        ReminderKey key = new ReminderKey(ReminderKind.SESSION_TOMORROW, 7, f.ana.value(), MONDAY);
        Instant now = Instant.parse("2026-05-04T07:00:00Z");

        assertThat(reminders.claim(key, now)).isTrue();
        assertThat(reminders.claim(key, now)).isFalse();
        assertThat(reminders.claim(new ReminderKey(ReminderKind.SESSION_TOMORROW, 7, f.ana.value(),
                MONDAY.plusDays(7)), now)).as("another day").isTrue();

        reminders.release(key);
        assertThat(reminders.claim(key, now)).isTrue();
    }

    private void draft(SessionId session) {
        dsl.insertInto(SESSION_NOTE)
                .set(SESSION_NOTE.SESSION_ID, session.value())
                .set(SESSION_NOTE.CLIENT_KEY, 0L)
                .set(SESSION_NOTE.TEXT, "Draft")
                .set(SESSION_NOTE.AUTHOR_ID, f.alice.value())
                .set(SESSION_NOTE.UPDATED_AT, OffsetDateTime.of(2026, 5, 4, 10, 0, 0, 0, ZoneOffset.UTC))
                .execute();
    }
}
