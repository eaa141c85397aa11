package org.mutual.persistence.clientfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mutual.persistence.jooq.Tables.CLIENT;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.clientfile.ClientFile;
import org.mutual.domain.clientfile.ClientFileRepository;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.membership.NewMembership;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.persistence.attendance.JooqAttendanceRepository;
import org.mutual.persistence.client.JooqClientRepository;
import org.mutual.persistence.membership.JooqMembershipRepository;
import org.mutual.persistence.plan.ClinicalFixture;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ClientFileRepositoryTest {

    static final Instant MARKED = Instant.parse("2026-05-05T17:00:00Z");

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    QueryCounter queries = new QueryCounter();
    JooqClientFileRepository files;
    JooqMembershipRepository memberships;
    ClinicalFixture f;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        files = new JooqClientFileRepository(queries.counting(dsl));
        memberships = new JooqMembershipRepository(dsl);
        f = new ClinicalFixture(dsl);
    }

    SessionId held(GroupId group, String start) {
        SessionId id = f.session(group, start);
        Session s = f.sessions.find(id).orElseThrow();
        f.sessions.update(s.markHeld(), s.version());
        return id;
    }

    @Test
    void the_client_their_memberships_and_their_groups_held_sessions_with_their_marks_come_in_one_query() {
        memberships.create(NewMembership.of(f.thursday, f.ana, LocalDate.of(2026, 5, 1),
                Set.of(BarrierPattern.CARETAKING, BarrierPattern.INTENSITY_SEEKING)));
        GroupId friday = f.data.group("Friday", f.bob);
        SessionId firstTuesday = held(f.tuesday, "2026-05-05T16:00:00Z");
        SessionId thursday = held(f.thursday, "2026-05-07T16:00:00Z");
        SessionId laterTuesday = held(f.tuesday, "2026-05-12T16:00:00Z");
        f.session(f.tuesday, "2026-05-19T16:00:00Z"); // planned, not held
        held(friday, "2026-05-08T16:00:00Z"); // a group Ana was never in
        JooqAttendanceRepository attendance = new JooqAttendanceRepository(dsl);
        attendance.mark(firstTuesday, f.ana, AttendanceStatus.PRESENT, f.alice, MARKED);
        attendance.mark(firstTuesday, f.ben, AttendanceStatus.ABSENT, f.alice, MARKED);
        attendance.mark(thursday, f.ana, AttendanceStatus.LATE, f.bob, MARKED);
        dsl.update(CLIENT).set(CLIENT.EMAIL_REMINDERS, false).where(CLIENT.ID.eq(f.ana.value())).execute();
        queries.reset();

        ClientFileRepository.Stored stored = files.find(f.ana).orElseThrow();

        assertThat(queries.count()).isEqualTo(1);
        assertThat(stored.client()).isEqualTo(new JooqClientRepository(dsl, Clock.systemUTC())
                .find(f.ana).orElseThrow());
        assertThat(stored.emailReminders()).isFalse();
        assertThat(stored.memberships()).extracting(ClientFile.Membership::period)
                .containsExactlyElementsOf(memberships.periodsOfClient(f.ana));
        assertThat(stored.memberships()).extracting(m -> m.period().group(), ClientFile.Membership::groupName,
                m -> m.period().focusAreas()).containsExactly(
                tuple(f.tuesday, "Tuesday evening", Set.of()),
                tuple(f.thursday, "Thursday morning", Set.of(BarrierPattern.CARETAKING,
                        BarrierPattern.INTENSITY_SEEKING)));
        assertThat(stored.heldSessions()).extracting(a -> a.session().id(), ClientFile.Attendance::groupName,
                ClientFile.Attendance::status).containsExactly(
                tuple(firstTuesday, "Tuesday evening", AttendanceStatus.PRESENT),
                tuple(thursday, "Thursday morning", AttendanceStatus.LATE),
                tuple(laterTuesday, "Tuesday evening", null));
        assertThat(stored.heldSessions()).extracting(ClientFile.Attendance::session)
                .containsExactly(f.sessions.find(firstTuesday).orElseThrow(), f.sessions.find(thursday).orElseThrow(),
                        f.sessions.find(laterTuesday).orElseThrow());
    }

    @Test
    void a_client_without_groups_has_empty_lists_and_an_unknown_client_nothing() {
        ClientId newcomer = f.data.client("Newcomer");
        queries.reset();

        ClientFileRepository.Stored stored = files.find(newcomer).orElseThrow();

        assertThat(stored.client().preferredName()).isEqualTo("Newcomer");
        assertThat(stored.emailReminders()).isTrue();
        assertThat(stored.memberships()).isEmpty();
        assertThat(stored.heldSessions()).isEmpty();
        assertThat(files.find(new ClientId(999_999))).isEmpty();
        assertThat(queries.count()).isEqualTo(2);
    }
}
