package org.mutual.persistence.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.agenda.AgendaItem;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.dashboard.Dashboard;
import org.mutual.domain.dashboard.DashboardRepository.Header;
import org.mutual.domain.dashboard.DashboardRepository.ScheduledSession;
import org.mutual.domain.dashboard.DashboardRepository.Stay;
import org.mutual.domain.dashboard.DashboardService;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.membership.NewMembership;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.Role;
import org.mutual.persistence.audit.JooqAuditRepository;
import org.mutual.persistence.calendar.JooqCalendarFeedRepository;
import org.mutual.persistence.group.JooqGroupRepository;
import org.mutual.persistence.homework.JooqHomeworkRepository;
import org.mutual.persistence.measure.JooqMeasureRepository;
import org.mutual.persistence.membership.JooqMembershipRepository;
import org.mutual.persistence.plan.ClinicalFixture;
import org.mutual.persistence.plan.ServiceHarness;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestDatabase;

/**
 * The dashboard's reads on both databases, and the service over them: a fixed number of statements
 * (reads and one audit insert) whatever is on the dashboard. The clock stands at 5 May 2026, 17:00 UTC;
 * Ana, Ben and Cat joined Alice's Tuesday group on 1 April.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class DashboardRepositoryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 5);

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    QueryCounter queries = new QueryCounter();
    JooqDashboardRepository dashboards;
    ClinicalFixture f;
    ServiceHarness h;
    DashboardService service;
    JooqMembershipRepository memberships;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        DSLContext counted = queries.counting(dsl);
        dashboards = new JooqDashboardRepository(counted);
        f = new ClinicalFixture(dsl);
        h = new ServiceHarness(dsl, f);
        memberships = new JooqMembershipRepository(dsl);
        Audit countedAudit = new Audit(new JooqAuditRepository(counted), h.currentUser, h.clock);
        service = new DashboardService(dashboards, new JooqMeasureRepository(counted),
                new JooqHomeworkRepository(counted), h.currentUser, countedAudit, h.tx, ClinicalFixture.ZONE);
    }

    @Test
    void the_header_counts_the_groups_the_therapist_facilitates_and_tells_when_their_calendar_link_was_issued() {
        assertThat(dashboards.header(f.alice)).isEqualTo(new Header(1, Optional.empty()));

        new JooqGroupRepository(dsl, Clock.systemUTC()).addFacilitator(f.thursday, f.alice);
        Instant issued = Instant.parse("2026-05-01T09:30:00Z");
        new JooqCalendarFeedRepository(dsl).replace(f.alice, "a".repeat(64), issued);

        assertThat(dashboards.header(f.alice)).isEqualTo(new Header(2, Optional.of(issued)));
        assertThat(dashboards.header(f.bob)).isEqualTo(new Header(1, Optional.empty()));
        assertThat(dashboards.header(h.admin.id())).isEqualTo(new Header(0, Optional.empty()));
    }

    @Test
    void sessions_of_the_week_come_with_their_group_and_every_membership_period_of_it() {
        SessionId today = f.session(f.tuesday, "2026-05-05T17:00:00Z");
        SessionId friday = f.session(f.tuesday, "2026-05-08T17:00:00Z");
        f.session(f.tuesday, "2026-05-04T23:59:00Z");
        f.session(f.tuesday, "2026-05-12T00:00:00Z");
        SessionId bobs = f.session(f.thursday, "2026-05-07T09:00:00Z");
        leave(f.ben, "2026-05-05");

        queries.reset();
        List<ScheduledSession> week = dashboards.sessionsOfFacilitator(f.alice, Instant.parse("2026-05-05T00:00:00Z"),
                Instant.parse("2026-05-12T00:00:00Z"));

        assertThat(queries.count()).isEqualTo(1);
        assertThat(week).extracting(s -> s.session().id()).containsExactly(today, friday);
        assertThat(week).extracting(ScheduledSession::groupName).containsOnly("Tuesday evening");
        assertThat(week.getFirst().memberships()).containsExactlyInAnyOrder(
                new Stay(LocalDate.of(2026, 4, 1), null), new Stay(LocalDate.of(2026, 4, 1), null),
                new Stay(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 5)));
        assertThat(dashboards.sessionsOfFacilitator(f.bob, Instant.parse("2026-05-05T00:00:00Z"),
                Instant.parse("2026-05-12T00:00:00Z"))).extracting(s -> s.session().id()).containsExactly(bobs);
    }

    @Test
    void the_dashboard_counts_each_sessions_roster_on_its_day_in_five_statements_and_audits_both_lists() {
        SessionId today = f.session(f.tuesday, "2026-05-05T17:00:00Z");
        SessionId friday = f.session(f.tuesday, "2026-05-08T17:00:00Z");
        leave(f.ben, "2026-05-05"); // his last day: still on today's roster
        ClientId dan = f.data.client("Dan");
        memberships.create(NewMembership.of(f.tuesday, dan, LocalDate.of(2026, 5, 6), Set.of()));
        ClientId eve = f.data.client("Eve");
        memberships.create(NewMembership.of(f.tuesday, eve, LocalDate.of(2026, 5, 8), Set.of()));
        h.signIn(h.alice);
        int entriesBefore = h.entries().size();

        queries.reset();
        Dashboard dashboard = service.overview(TODAY);

        assertThat(queries.count()).as("header, alerts, sessions, homework to review, one audit insert").isEqualTo(5);
        assertThat(dashboard.groupCount()).isEqualTo(1);
        assertThat(dashboard.week()).extracting(i -> i.session().id()).containsExactly(today, friday);
        assertThat(dashboard.week()).extracting(AgendaItem::rosterSize).containsExactly(3, 4);
        assertThat(dashboard.week()).extracting(AgendaItem::groupName).containsOnly("Tuesday evening");
        assertThat(dashboard.openAlerts()).isEmpty();
        assertThat(dashboard.toReview()).isEmpty();
        assertThat(dashboard.calendarLinkIssuedAt()).isEmpty();
        List<AuditEntry> written = h.entries().subList(entriesBefore, h.entries().size());
        assertThat(written).extracting(AuditEntry::action, AuditEntry::recordType, AuditEntry::recordId,
                        AuditEntry::outcome)
                .containsExactlyInAnyOrder(
                        tuple("measure.alert.read", "measure",
                                "facilitator:" + f.alice, AuditOutcome.ALLOWED),
                        tuple("homework.read", "homework", "review:" + f.alice,
                                AuditOutcome.ALLOWED));
    }

    @Test
    void an_admin_or_a_client_is_refused_and_the_refusal_audited() {
        h.signIn(h.admin);
        assertThatThrownBy(() -> service.overview(TODAY)).isInstanceOf(AccessDeniedException.class);
        assertThat(h.lastEntry().outcome()).isEqualTo(AuditOutcome.DENIED);

        h.signIn(new AppUser(f.data.clientAccount("dan"), "dan", "Dan", Role.CLIENT));
        assertThatThrownBy(() -> service.overview(TODAY)).isInstanceOf(AccessDeniedException.class);
        assertThat(h.lastEntry().outcome()).isEqualTo(AuditOutcome.DENIED);
    }

    void leave(ClientId client, String lastDay) {
        MembershipPeriod period = memberships.periodsOfClient(client).getFirst();
        memberships.update(period.leave(LocalDate.parse(lastDay), MembershipStatus.COMPLETED, null), period.version());
    }
}
