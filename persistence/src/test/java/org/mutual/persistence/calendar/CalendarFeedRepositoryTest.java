package org.mutual.persistence.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.calendar.CalendarEvent;
import org.mutual.domain.calendar.CalendarFeed;
import org.mutual.domain.calendar.CalendarFeedService;
import org.mutual.domain.calendar.FeedOwner;
import org.mutual.domain.calendar.IssuedFeedLink;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.membership.MembershipId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.membership.NewMembership;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.session.Occurrence;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.OneTimeToken;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.client.JooqClientRepository;
import org.mutual.persistence.group.JooqGroupRepository;
import org.mutual.persistence.membership.JooqMembershipRepository;
import org.mutual.persistence.plan.ClinicalFixture;
import org.mutual.persistence.plan.ServiceHarness;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestData;
import org.mutual.persistence.support.TestDatabase;
import org.mutual.persistence.user.JooqAccountRepository;

/**
 * Feed links and the sessions a feed lists, on both databases. The service runs over the counting
 * repository, so the statements a feed costs are counted too. The clock stands at 5 May 2026.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class CalendarFeedRepositoryTest {

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    QueryCounter queries = new QueryCounter();
    JooqCalendarFeedRepository feeds;
    ClinicalFixture f;
    ServiceHarness h;
    CalendarFeedService service;
    JooqMembershipRepository memberships;
    UserId danAccount;
    AppUser danLogin;
    AppUser carol;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        feeds = new JooqCalendarFeedRepository(queries.counting(dsl));
        f = new ClinicalFixture(dsl);
        h = new ServiceHarness(dsl, f);
        memberships = new JooqMembershipRepository(dsl);
        service = new CalendarFeedService(feeds, h.currentUser, h.audit, h.tx, h.clock, ClinicalFixture.ZONE);
        danAccount = f.data.clientAccount("dan");
        danLogin = new AppUser(danAccount, "dan", "Dan", Role.CLIENT);
        UserId carolId = f.data.therapist("carol");
        new JooqGroupRepository(dsl, Clock.systemUTC()).addFacilitator(f.thursday, carolId);
        carol = new AppUser(carolId, "carol", "carol", Role.THERAPIST);
    }

    ClientId linkedClient(String name, UserId account) {
        return new JooqClientRepository(dsl, Clock.systemUTC()).create(TestData.draft(name), account);
    }

    MembershipId join(org.mutual.domain.group.GroupId group, ClientId client, String on) {
        return memberships.create(NewMembership.of(group, client, LocalDate.parse(on), Set.of()));
    }

    void leave(MembershipId id, String lastDay) {
        MembershipPeriod period = memberships.find(id).orElseThrow();
        memberships.update(period.leave(LocalDate.parse(lastDay), MembershipStatus.COMPLETED, null), period.version());
    }

    String issueFor(AppUser user) {
        h.signIn(user);
        return service.issue().token();
    }

    CalendarFeed feedOf(String token) {
        queries.reset();
        CalendarFeed feed = service.feed(token).orElseThrow();
        assertThat(queries.count()).as("statements for one feed").isEqualTo(2);
        return feed;
    }

    static List<SessionId> ids(CalendarFeed feed) {
        return feed.events().stream().map(CalendarEvent::session).toList();
    }

    @Test
    void a_link_is_found_by_its_hash_only_and_knows_its_owner() {
        Instant issued = Instant.parse("2026-05-05T17:00:00.1234567Z");

        assertThat(feeds.replace(danAccount, OneTimeToken.hashOf("dan-secret"), issued)).isFalse();

        assertThat(feeds.ownerOf(OneTimeToken.hashOf("dan-secret")))
                .contains(new FeedOwner(danAccount, Role.CLIENT, true));
        assertThat(feeds.ownerOf("dan-secret")).isEmpty();
        assertThat(feeds.ownerOf(OneTimeToken.hashOf("someone-else"))).isEmpty();
        assertThat(feeds.linkIssuedAt(danAccount)).contains(Instant.parse("2026-05-05T17:00:00.123456Z"));
        assertThat(feeds.linkIssuedAt(f.alice)).isEmpty();
        assertThat(dsl.fetch("select token_hash from calendar_feed").getValues(0, String.class))
                .containsExactly(OneTimeToken.hashOf("dan-secret"));
    }

    @Test
    void a_new_link_replaces_the_old_one_at_once_and_turning_off_deletes_it() {
        feeds.replace(danAccount, OneTimeToken.hashOf("first"), h.clock.instant());
        feeds.replace(f.alice, OneTimeToken.hashOf("alices"), h.clock.instant());

        assertThat(feeds.replace(danAccount, OneTimeToken.hashOf("second"), h.clock.instant().plusSeconds(60)))
                .isTrue();

        assertThat(feeds.ownerOf(OneTimeToken.hashOf("first"))).isEmpty();
        assertThat(feeds.ownerOf(OneTimeToken.hashOf("second"))).map(FeedOwner::user).contains(danAccount);
        assertThat(feeds.linkIssuedAt(danAccount)).contains(h.clock.instant().plusSeconds(60));
        assertThat(dsl.fetchCount(dsl.selectFrom("calendar_feed"))).isEqualTo(2);

        assertThat(feeds.delete(danAccount)).isTrue();
        assertThat(feeds.delete(danAccount)).isFalse();
        assertThat(feeds.ownerOf(OneTimeToken.hashOf("second"))).isEmpty();
        assertThat(feeds.ownerOf(OneTimeToken.hashOf("alices"))).map(FeedOwner::user).contains(f.alice);
    }

    @Test
    void a_client_gets_only_the_sessions_on_days_of_their_membership_periods() {
        ClientId dan = linkedClient("Dan", danAccount);
        MembershipId firstStay = join(f.tuesday, dan, "2026-05-05");
        SessionId beforeJoining = f.session(f.tuesday, "2026-04-28T16:00:00Z");
        SessionId joiningDay = f.session(f.tuesday, "2026-05-05T16:00:00Z");
        SessionId lastDay = f.session(f.tuesday, "2026-05-19T16:00:00Z");
        SessionId whileAway = f.session(f.tuesday, "2026-05-26T16:00:00Z");
        SessionId afterRejoining = f.session(f.tuesday, "2026-06-09T16:00:00Z");
        leave(firstStay, "2026-05-19");
        join(f.tuesday, dan, "2026-06-02");
        SessionId thursdayBeforeJoining = f.session(f.thursday, "2026-05-07T16:00:00Z");
        join(f.thursday, dan, "2026-05-14");
        SessionId thursdayMember = f.session(f.thursday, "2026-05-14T16:00:00Z");

        CalendarFeed feed = feedOf(issueFor(danLogin));

        assertThat(ids(feed)).containsExactly(joiningDay, thursdayMember, lastDay, afterRejoining)
                .doesNotContain(beforeJoining, whileAway, thursdayBeforeJoining);
        assertThat(feed.events()).extracting(CalendarEvent::groupName)
                .containsExactly("Tuesday evening", "Thursday morning", "Tuesday evening", "Tuesday evening");
        assertThat(feed.zone()).isEqualTo(ClinicalFixture.ZONE);
    }

    @Test
    void a_client_sees_cancelled_and_moved_sessions_with_a_higher_revision_and_where_they_take_place() {
        ClientId dan = linkedClient("Dan", danAccount);
        join(f.tuesday, dan, "2026-04-01");
        SessionId cancelled = f.session(f.tuesday, "2026-05-12T16:00:00Z");
        SessionId moved = f.session(f.tuesday, "2026-05-19T16:00:00Z");
        Instant onlineStart = Instant.parse("2026-05-26T16:00:00Z");
        SessionId online = f.sessions.createAll(f.tuesday, null, List.of(new Occurrence(LocalDate.of(2026, 5, 26),
                onlineStart, onlineStart.plusSeconds(5400))),
                SessionLocation.of(null, "https://video.example.org/tuesday")).getFirst();
        Session toCancel = f.sessions.find(cancelled).orElseThrow();
        f.sessions.update(toCancel.cancel("Therapist ill"), toCancel.version());
        Session toMove = f.sessions.find(moved).orElseThrow();
        f.sessions.update(toMove.moveTo(Instant.parse("2026-05-20T16:00:00Z"), Instant.parse("2026-05-20T17:30:00Z")),
                toMove.version());

        List<CalendarEvent> events = feedOf(issueFor(danLogin)).events();

        assertThat(events).extracting(CalendarEvent::session).containsExactly(cancelled, moved, online);
        assertThat(events.get(0)).satisfies(e -> {
            assertThat(e.status()).isEqualTo(SessionStatus.CANCELLED);
            assertThat(e.cancelled()).isTrue();
            assertThat(e.revision()).isEqualTo(1);
        });
        assertThat(events.get(1)).satisfies(e -> {
            assertThat(e.start()).isEqualTo(Instant.parse("2026-05-20T16:00:00Z"));
            assertThat(e.end()).isEqualTo(Instant.parse("2026-05-20T17:30:00Z"));
            assertThat(e.revision()).isEqualTo(1);
            assertThat(e.location()).isEqualTo(ClinicalFixture.ROOM);
        });
        assertThat(events.get(2)).satisfies(e -> {
            assertThat(e.revision()).isZero();
            assertThat(e.status()).isEqualTo(SessionStatus.PLANNED);
            assertThat(e.location().place()).isNull();
            assertThat(e.location().videoLink()).isEqualTo("https://video.example.org/tuesday");
        });
    }

    @Test
    void the_feed_reaches_ninety_days_back_and_a_year_ahead() {
        ClientId dan = linkedClient("Dan", danAccount);
        join(f.tuesday, dan, "2025-01-01");
        // The clock stands at 2026-05-05T17:00Z.
        f.session(f.tuesday, "2026-02-03T16:00:00Z");
        SessionId firstInWindow = f.session(f.tuesday, "2026-02-05T18:00:00Z");
        SessionId lastInWindow = f.session(f.tuesday, "2027-05-05T16:00:00Z");
        f.session(f.tuesday, "2027-05-06T16:00:00Z");

        assertThat(ids(feedOf(issueFor(danLogin)))).containsExactly(firstInWindow, lastInWindow);
    }

    @Test
    void my_sessions_are_those_not_yet_ended_of_my_groups_with_cancelled_ones_and_an_admin_has_none() {
        ClientId dan = linkedClient("Dan", danAccount);
        join(f.tuesday, dan, "2026-04-01");
        // The clock stands at 2026-05-05T17:00Z.
        f.session(f.tuesday, "2026-05-04T15:00:00Z");
        SessionId running = f.session(f.tuesday, "2026-05-05T16:30:00Z");
        SessionId cancelled = f.session(f.tuesday, "2026-05-12T16:00:00Z");
        SessionId next = f.session(f.tuesday, "2026-05-19T16:00:00Z");
        f.session(f.thursday, "2026-05-07T16:00:00Z");
        Session toCancel = f.sessions.find(cancelled).orElseThrow();
        f.sessions.update(toCancel.cancel("Therapist ill"), toCancel.version());

        h.signIn(danLogin);
        List<CalendarEvent> mine = service.mySessions();

        assertThat(mine).extracting(CalendarEvent::session).containsExactly(running, cancelled, next);
        assertThat(mine).extracting(CalendarEvent::cancelled).containsExactly(false, true, false);
        h.signIn(carol);
        assertThat(service.mySessions()).extracting(CalendarEvent::groupName).containsOnly("Thursday morning");
        h.signIn(h.admin);
        assertThatThrownBy(service::mySessions).isInstanceOf(AccessDeniedException.class);
        assertThat(h.lastEntry().action()).isEqualTo("my-sessions.read");
        assertThat(h.lastEntry().outcome()).isEqualTo(AuditOutcome.DENIED);
    }

    @Test
    void a_therapist_gets_the_sessions_of_the_groups_they_facilitate_only() {
        SessionId tuesday = f.session(f.tuesday, "2026-05-12T16:00:00Z");
        SessionId thursday = f.session(f.thursday, "2026-05-14T16:00:00Z");
        SessionId laterTuesday = f.session(f.tuesday, "2026-05-19T16:00:00Z");

        assertThat(ids(feedOf(issueFor(h.alice)))).containsExactly(tuesday, laterTuesday);
        assertThat(ids(feedOf(issueFor(h.bob)))).containsExactly(thursday);
        assertThat(ids(feedOf(issueFor(carol)))).as("a co-facilitator").containsExactly(thursday);
    }

    @Test
    void a_client_account_without_a_client_record_gets_an_empty_feed() {
        f.session(f.tuesday, "2026-05-12T16:00:00Z");

        assertThat(feedOf(issueFor(danLogin)).events()).isEmpty();
    }

    @Test
    void an_unknown_replaced_revoked_or_malformed_link_and_a_deactivated_account_open_no_feed() {
        String first = issueFor(danLogin);
        String second = issueFor(danLogin);
        String alices = issueFor(h.alice);

        assertThat(service.feed(first)).isEmpty();
        assertThat(service.feed(second)).isPresent();
        assertThat(service.feed(OneTimeToken.generate().value())).isEmpty();

        queries.reset();
        assertThat(service.feed("../../etc/passwd")).isEmpty();
        assertThat(service.feed(null)).isEmpty();
        assertThat(queries.count()).as("a malformed token never reaches the database").isZero();

        new JooqAccountRepository(dsl, Clock.systemUTC()).setActive(f.alice, false);
        assertThat(service.feed(alices)).isEmpty();

        h.signIn(danLogin);
        assertThat(service.revoke()).isTrue();
        assertThat(service.feed(second)).isEmpty();
        assertThat(service.myLinkIssuedAt()).isEmpty();
    }

    @Test
    void the_link_is_shown_once_and_only_its_hash_is_stored() {
        h.signIn(danLogin);
        IssuedFeedLink link = service.issue();

        assertThat(OneTimeToken.wellFormed(link.token())).isTrue();
        assertThat(link.toString()).doesNotContain(link.token());
        assertThat(service.myLinkIssuedAt()).contains(link.createdAt());
        assertThat(dsl.fetch("select token_hash from calendar_feed").getValues(0, String.class))
                .containsExactly(OneTimeToken.hashOf(link.token()));
    }
}
