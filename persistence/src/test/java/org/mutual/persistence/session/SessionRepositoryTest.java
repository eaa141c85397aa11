package org.mutual.persistence.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutual.persistence.jooq.Tables.GROUP_FACILITATOR;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.session.Occurrence;
import org.mutual.domain.session.SeriesId;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionOverview;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.session.WeeklySeries;
import org.mutual.domain.schedule.WeeklySlot;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestData;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class SessionRepositoryTest {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final WeeklySlot TUESDAY_SIX_PM = WeeklySlot.of(DayOfWeek.TUESDAY, LocalTime.of(18, 0),
            Duration.ofMinutes(90), MADRID);
    static final SessionLocation ROOM = SessionLocation.of("Room 2", null);
    static final SessionLocation HYBRID = SessionLocation.of("Room 2", "https://meet.example.org/tuesday");

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    QueryCounter queries = new QueryCounter();
    JooqSessionRepository sessions;
    UserId alice;
    UserId bob;
    GroupId tuesday;
    GroupId thursday;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        sessions = new JooqSessionRepository(queries.counting(dsl));
        TestData data = new TestData(dsl);
        alice = data.therapist("alice");
        bob = data.therapist("bob");
        tuesday = data.group("Tuesday evening", alice);
        thursday = data.group("Thursday morning", bob);
    }

    static Occurrence at(String start, String end) {
        Instant s = Instant.parse(start);
        return new Occurrence(s.atZone(MADRID).toLocalDate(), s, Instant.parse(end));
    }

    SessionId single(GroupId group, String start, String end) {
        return sessions.createAll(group, null, List.of(at(start, end)), ROOM).getFirst();
    }

    @Test
    void a_series_slot_reads_back_and_can_be_moved_to_a_new_slot() {
        SeriesId series = sessions.newSeries(tuesday, TUESDAY_SIX_PM);
        assertThat(sessions.slotOf(series)).contains(TUESDAY_SIX_PM);

        WeeklySlot thursdayMorning = WeeklySlot.of(DayOfWeek.THURSDAY, LocalTime.of(9, 30), Duration.ofHours(2),
                ZoneId.of("America/New_York"));
        sessions.updateSlot(series, thursdayMorning);

        assertThat(sessions.slotOf(series)).contains(thursdayMorning);
        assertThat(sessions.slotOf(new SeriesId(999))).isEmpty();
        assertThatThrownBy(() -> sessions.updateSlot(new SeriesId(999), thursdayMorning))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_slot_finer_than_a_minute_is_refused_rather_than_rounded() {
        WeeklySlot seconds = WeeklySlot.of(DayOfWeek.TUESDAY, LocalTime.of(18, 0, 30), Duration.ofMinutes(90), MADRID);
        WeeklySlot oddDuration = WeeklySlot.of(DayOfWeek.TUESDAY, LocalTime.of(18, 0), Duration.ofSeconds(5430), MADRID);

        assertThatThrownBy(() -> sessions.newSeries(tuesday, seconds)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sessions.newSeries(tuesday, oddDuration)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_generated_series_is_stored_in_one_statement_in_order_with_exact_times_across_daylight_saving() {
        SeriesId series = sessions.newSeries(tuesday, TUESDAY_SIX_PM);
        // Spans the end of March, when Madrid moves from UTC+1 to UTC+2.
        List<Occurrence> occurrences = WeeklySeries.generate(TUESDAY_SIX_PM, LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 4, 14));
        queries.reset();

        List<SessionId> ids = sessions.createAll(tuesday, series, occurrences, HYBRID);

        assertThat(queries.count()).isEqualTo(1);
        assertThat(ids).hasSize(6).doesNotHaveDuplicates();
        for (int i = 0; i < ids.size(); i++) {
            Occurrence o = occurrences.get(i);
            assertThat(sessions.find(ids.get(i))).contains(new Session(ids.get(i), tuesday, series, o.start(), o.end(),
                    HYBRID, SessionStatus.PLANNED, null, false, 0));
        }
        assertThat(sessions.find(ids.get(2)).orElseThrow().startsAt()).isEqualTo(Instant.parse("2026-03-24T17:00:00Z"));
        assertThat(sessions.find(ids.get(3)).orElseThrow().startsAt()).isEqualTo(Instant.parse("2026-03-31T16:00:00Z"));
        assertThat(sessions.sessionsOfSeries(series)).extracting(Session::id).containsExactlyElementsOf(ids);
    }

    @Test
    void ids_follow_the_order_of_the_occurrences_even_when_that_is_not_chronological() {
        List<Occurrence> occurrences = List.of(
                at("2026-05-20T10:00:00Z", "2026-05-20T11:00:00Z"),
                at("2026-05-06T10:00:00Z", "2026-05-06T11:00:00Z"),
                at("2026-05-13T10:00:00Z", "2026-05-13T11:00:00Z"));

        List<SessionId> ids = sessions.createAll(tuesday, null, occurrences, ROOM);

        assertThat(ids).extracting(id -> sessions.find(id).orElseThrow().startsAt())
                .containsExactlyElementsOf(occurrences.stream().map(Occurrence::start).toList());
        assertThat(sessions.find(ids.getFirst()).orElseThrow().series()).isNull();
        assertThat(sessions.createAll(tuesday, null, List.of(), ROOM)).isEmpty();
    }

    @Test
    void instants_are_kept_to_the_microsecond_and_finer_parts_are_truncated_not_rounded() {
        Instant start = Instant.parse("2026-05-05T16:59:59.999999999Z");
        Instant end = Instant.parse("2026-05-05T18:00:00.123456789Z");

        SessionId id = sessions.createAll(tuesday, null, List.of(new Occurrence(LocalDate.of(2026, 5, 5), start, end)),
                ROOM).getFirst();

        Session read = sessions.find(id).orElseThrow();
        assertThat(read.startsAt()).isEqualTo(start.truncatedTo(ChronoUnit.MICROS))
                .isEqualTo(Instant.parse("2026-05-05T16:59:59.999999Z"));
        assertThat(read.endsAt()).isEqualTo(Instant.parse("2026-05-05T18:00:00.123456Z"));
    }

    @Test
    void a_sessions_overview_is_the_session_with_its_groups_name_in_one_query() {
        SessionId id = sessions.createAll(tuesday, null,
                List.of(at("2026-05-05T16:00:00Z", "2026-05-05T17:30:00Z")), ROOM).getFirst();
        queries.reset();

        SessionOverview overview = sessions.overview(id).orElseThrow();

        assertThat(queries.count()).isEqualTo(1);
        assertThat(overview.groupName()).isEqualTo("Tuesday evening");
        assertThat(overview.session()).isEqualTo(sessions.find(id).orElseThrow());
        assertThat(sessions.overview(new SessionId(999_999))).isEmpty();
    }

    @Test
    void update_stores_times_location_status_reason_and_moved_flag_and_increments_the_version() {
        SeriesId series = sessions.newSeries(tuesday, TUESDAY_SIX_PM);
        SessionId id = sessions.createAll(tuesday, series,
                List.of(at("2026-05-05T16:00:00Z", "2026-05-05T17:30:00Z")), ROOM).getFirst();
        Session moved = sessions.find(id).orElseThrow()
                .moveTo(Instant.parse("2026-05-06T16:00:00Z"), Instant.parse("2026-05-06T17:30:00Z"));
        Session withLink = new Session(id, tuesday, series, moved.startsAt(), moved.endsAt(),
                SessionLocation.of(null, "https://meet.example.org/x"), moved.status(), null, moved.moved(), 0);

        sessions.update(withLink, 0);
        sessions.update(sessions.find(id).orElseThrow().cancel("Therapist ill"), 1);

        assertThat(sessions.find(id)).contains(new Session(id, tuesday, series, Instant.parse("2026-05-06T16:00:00Z"),
                Instant.parse("2026-05-06T17:30:00Z"), SessionLocation.of(null, "https://meet.example.org/x"),
                SessionStatus.CANCELLED, "Therapist ill", true, 2));
    }

    @Test
    void update_with_a_stale_version_is_refused_and_changes_nothing() {
        SessionId id = single(tuesday, "2026-05-05T16:00:00Z", "2026-05-05T17:30:00Z");
        Session read = sessions.find(id).orElseThrow();
        sessions.update(read.markHeld(), 0);

        assertThatThrownBy(() -> sessions.update(read.cancel("Too late"), 0))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(sessions.find(id)).get().satisfies(s -> {
            assertThat(s.status()).isEqualTo(SessionStatus.HELD);
            assertThat(s.cancelReason()).isNull();
            assertThat(s.version()).isEqualTo(1);
        });
    }

    @Test
    void update_of_a_missing_session_is_not_found() {
        Session ghost = new Session(new SessionId(999), tuesday, null, Instant.parse("2026-05-05T16:00:00Z"),
                Instant.parse("2026-05-05T17:00:00Z"), ROOM, SessionStatus.PLANNED, null, false, 0);

        assertThatThrownBy(() -> sessions.update(ghost, 0)).isInstanceOf(NotFoundException.class);
        assertThat(sessions.find(new SessionId(999))).isEmpty();
    }

    @Test
    void sessions_of_a_group_are_those_starting_in_the_half_open_window_earliest_first() {
        SessionId before = single(tuesday, "2026-04-30T23:59:59Z", "2026-05-01T01:00:00Z");
        SessionId atFrom = single(tuesday, "2026-05-01T00:00:00Z", "2026-05-01T01:00:00Z");
        SessionId later = single(tuesday, "2026-05-20T10:00:00Z", "2026-05-20T11:00:00Z");
        SessionId earlier = single(tuesday, "2026-05-10T10:00:00Z", "2026-05-10T11:00:00Z");
        single(tuesday, "2026-06-01T00:00:00Z", "2026-06-01T01:00:00Z");
        single(thursday, "2026-05-10T10:00:00Z", "2026-05-10T11:00:00Z");

        assertThat(sessions.sessionsOfGroup(tuesday, Instant.parse("2026-05-01T00:00:00Z"),
                Instant.parse("2026-06-01T00:00:00Z")))
                .extracting(Session::id).containsExactly(atFrom, earlier, later).doesNotContain(before);
    }

    @Test
    void a_facilitator_sees_the_window_of_sessions_of_every_group_they_lead_or_co_facilitate_in_one_query() {
        GroupId coFacilitated = new TestData(dsl).group("Saturday", bob);
        dsl.insertInto(GROUP_FACILITATOR)
                .set(GROUP_FACILITATOR.GROUP_ID, coFacilitated.value())
                .set(GROUP_FACILITATOR.USER_ID, alice.value())
                .set(GROUP_FACILITATOR.IS_LEAD, false)
                .execute();
        SessionId own = single(tuesday, "2026-05-05T16:00:00Z", "2026-05-05T17:30:00Z");
        SessionId co = single(coFacilitated, "2026-05-02T09:00:00Z", "2026-05-02T10:30:00Z");
        single(thursday, "2026-05-07T08:00:00Z", "2026-05-07T10:00:00Z");
        single(tuesday, "2026-05-12T16:00:00Z", "2026-05-12T17:30:00Z");
        single(tuesday, "2026-04-28T16:00:00Z", "2026-04-28T17:30:00Z");
        queries.reset();

        List<Session> week = sessions.sessionsOfFacilitator(alice, Instant.parse("2026-05-01T00:00:00Z"),
                Instant.parse("2026-05-08T00:00:00Z"));

        assertThat(queries.count()).isEqualTo(1);
        assertThat(week).extracting(Session::id).containsExactly(co, own);
        assertThat(week.getFirst()).isEqualTo(sessions.find(co).orElseThrow());
        assertThat(sessions.sessionsOfFacilitator(bob, Instant.parse("2026-05-01T00:00:00Z"),
                Instant.parse("2026-05-08T00:00:00Z"))).extracting(Session::group)
                .containsExactly(coFacilitated, thursday);
    }
}
