package org.mutual.persistence.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mutual.persistence.jooq.Tables.ATTENDANCE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.Insert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.attendance.AttendanceMark;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.attendance.SessionMembers;
import org.mutual.domain.client.Client;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.NewMembership;
import org.mutual.domain.session.Occurrence;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.membership.JooqMembershipRepository;
import org.mutual.persistence.session.JooqSessionRepository;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestData;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class AttendanceRepositoryTest {

    static final Instant T1 = Instant.parse("2026-05-05T16:05:00Z");
    static final Instant T2 = Instant.parse("2026-05-05T16:20:00.5Z");

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    QueryCounter queries = new QueryCounter();
    JooqAttendanceRepository attendance;
    UserId alice;
    UserId bob;
    GroupId tuesday;
    GroupId thursday;
    SessionId firstTuesday;
    SessionId secondTuesday;
    SessionId firstThursday;
    ClientId ana;
    ClientId ben;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        attendance = new JooqAttendanceRepository(queries.counting(dsl));
        TestData data = new TestData(dsl);
        alice = data.therapist("alice");
        bob = data.therapist("bob");
        tuesday = data.group("Tuesday evening", alice);
        thursday = data.group("Thursday morning", bob);
        ana = data.client("Ana");
        ben = data.client("Ben");
        JooqSessionRepository sessions = new JooqSessionRepository(dsl);
        SessionLocation room = SessionLocation.of("Room 2", null);
        // Created out of order so "ordered by the sessions' start" is not the same as "by id".
        secondTuesday = sessions.createAll(tuesday, null, List.of(occurrence("2026-05-12T16:00:00Z")), room).getFirst();
        firstTuesday = sessions.createAll(tuesday, null, List.of(occurrence("2026-05-05T16:00:00Z")), room).getFirst();
        firstThursday = sessions.createAll(thursday, null, List.of(occurrence("2026-05-07T08:00:00Z")), room).getFirst();
    }

    static Occurrence occurrence(String start) {
        Instant s = Instant.parse(start);
        return new Occurrence(LocalDate.ofInstant(s, ZoneOffset.UTC), s, s.plusSeconds(5400));
    }

    @Test
    void a_sessions_members_are_the_groups_periods_their_clients_and_the_sessions_marks_in_one_query() {
        JooqMembershipRepository memberships = new JooqMembershipRepository(dsl);
        memberships.create(NewMembership.of(tuesday, ana, LocalDate.of(2026, 4, 1), Set.of()));
        memberships.create(NewMembership.of(tuesday, ben, LocalDate.of(2026, 5, 10), Set.of()));
        memberships.create(NewMembership.of(thursday, ben, LocalDate.of(2026, 4, 1), Set.of()));
        attendance.mark(firstTuesday, ana, AttendanceStatus.LATE, alice, T1);
        attendance.mark(secondTuesday, ben, AttendanceStatus.ABSENT, alice, T1);
        queries.reset();

        SessionMembers members = attendance.members(firstTuesday, tuesday);

        assertThat(queries.count()).isEqualTo(1);
        assertThat(members.periods()).isEqualTo(memberships.periodsOfGroup(tuesday));
        assertThat(members.clients()).extracting(Client::id, Client::preferredName)
                .containsExactly(tuple(ana, "Ana"), tuple(ben, "Ben"));
        assertThat(members.marks()).containsExactly(new AttendanceMark(firstTuesday, ana, AttendanceStatus.LATE, T1,
                alice));
        assertThat(members.rosterAt(tuesday, LocalDate.of(2026, 5, 5))).extracting(MembershipPeriod::client)
                .containsExactly(ana);
        assertThat(members.present(tuesday, LocalDate.of(2026, 5, 5))).containsExactly(ana);
        assertThat(attendance.members(firstThursday, thursday).marks()).isEmpty();
    }

    @Test
    void a_first_mark_is_stored_and_reported_as_a_change() {
        assertThat(attendance.mark(firstTuesday, ana, AttendanceStatus.PRESENT, alice, T1)).isTrue();

        assertThat(attendance.marksOfSession(firstTuesday))
                .containsExactly(new AttendanceMark(firstTuesday, ana, AttendanceStatus.PRESENT, T1, alice));
    }

    @Test
    void marking_the_same_status_twice_is_no_change_and_keeps_who_marked_it_and_when() {
        attendance.mark(firstTuesday, ana, AttendanceStatus.LATE, alice, T1);

        assertThat(attendance.mark(firstTuesday, ana, AttendanceStatus.LATE, bob, T2)).isFalse();

        assertThat(dsl.fetchCount(ATTENDANCE)).isEqualTo(1);
        assertThat(attendance.marksOfSession(firstTuesday))
                .containsExactly(new AttendanceMark(firstTuesday, ana, AttendanceStatus.LATE, T1, alice));
    }

    @Test
    void a_correction_replaces_the_status_and_who_marked_it_and_when() {
        attendance.mark(firstTuesday, ana, AttendanceStatus.ABSENT, alice, T1);

        assertThat(attendance.mark(firstTuesday, ana, AttendanceStatus.EXCUSED, bob, T2)).isTrue();

        assertThat(dsl.fetchCount(ATTENDANCE)).isEqualTo(1);
        assertThat(attendance.marksOfSession(firstTuesday))
                .containsExactly(new AttendanceMark(firstTuesday, ana, AttendanceStatus.EXCUSED, T2, bob));
    }

    @Test
    void a_mark_someone_else_stores_just_before_ours_is_still_corrected_to_ours() {
        AtomicBoolean raced = new AtomicBoolean();
        // Bob's mark lands between this repository's first update (nothing to update yet) and its insert.
        JooqAttendanceRepository racing = new JooqAttendanceRepository(dsl.configuration()
                .deriveAppending(ExecuteListener.onExecuteStart(ctx -> {
                    if (ctx.query() instanceof Insert<?> && raced.compareAndSet(false, true)) {
                        new JooqAttendanceRepository(dsl).mark(firstTuesday, ana, AttendanceStatus.ABSENT, bob, T1);
                    }
                }))
                .dsl());

        assertThat(racing.mark(firstTuesday, ana, AttendanceStatus.PRESENT, alice, T2)).isTrue();

        assertThat(raced).isTrue();
        assertThat(attendance.marksOfSession(firstTuesday))
                .containsExactly(new AttendanceMark(firstTuesday, ana, AttendanceStatus.PRESENT, T2, alice));
    }

    @Test
    void marks_of_a_session_and_of_a_client_are_theirs_only() {
        attendance.mark(firstTuesday, ben, AttendanceStatus.ABSENT, alice, T1);
        attendance.mark(firstTuesday, ana, AttendanceStatus.PRESENT, alice, T1);
        attendance.mark(secondTuesday, ana, AttendanceStatus.LATE, alice, T2);
        attendance.mark(firstThursday, ana, AttendanceStatus.PRESENT, bob, T2);

        assertThat(attendance.marksOfSession(firstTuesday)).extracting(AttendanceMark::client, AttendanceMark::status)
                .containsExactly(tuple(ana, AttendanceStatus.PRESENT),
                        tuple(ben, AttendanceStatus.ABSENT));
        assertThat(attendance.marksOfClient(ana)).extracting(AttendanceMark::session)
                .containsExactly(firstTuesday, firstThursday, secondTuesday);
        assertThat(attendance.marksOfSession(new SessionId(999))).isEmpty();
    }

    @Test
    void marks_of_a_group_cover_every_session_of_that_group_only_in_one_query() {
        attendance.mark(secondTuesday, ana, AttendanceStatus.LATE, alice, T2);
        attendance.mark(firstTuesday, ben, AttendanceStatus.ABSENT, alice, T1);
        attendance.mark(firstTuesday, ana, AttendanceStatus.PRESENT, alice, T1);
        attendance.mark(firstThursday, ana, AttendanceStatus.PRESENT, bob, T2);
        queries.reset();

        List<AttendanceMark> marks = attendance.marksOfGroup(tuesday);

        assertThat(queries.count()).isEqualTo(1);
        assertThat(marks).containsExactly(
                new AttendanceMark(firstTuesday, ana, AttendanceStatus.PRESENT, T1, alice),
                new AttendanceMark(firstTuesday, ben, AttendanceStatus.ABSENT, T1, alice),
                new AttendanceMark(secondTuesday, ana, AttendanceStatus.LATE, T2, alice));
        assertThat(attendance.marksOfGroup(new GroupId(999))).isEmpty();
    }
}
