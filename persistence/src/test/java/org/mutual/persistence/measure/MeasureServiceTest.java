package org.mutual.persistence.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.measure.Band;
import org.mutual.domain.measure.Cadence;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.MeasureResponse;
import org.mutual.domain.measure.MeasureService;
import org.mutual.domain.measure.MemberScores;
import org.mutual.domain.measure.ReliableChange;
import org.mutual.domain.measure.SafetyAlert;
import org.mutual.domain.measure.ScheduleId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.membership.NewMembership;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.client.JooqClientRepository;
import org.mutual.persistence.homework.JooqClientAccounts;
import org.mutual.persistence.membership.JooqMembershipRepository;
import org.mutual.persistence.plan.ClinicalFixture;
import org.mutual.persistence.plan.ServiceHarness;
import org.mutual.persistence.support.TestData;
import org.mutual.persistence.support.TestDatabase;

/**
 * Measures through the service on both databases: who gets a request (membership periods, every
 * Nth session), what a client may answer, the safety alert and who may read what — every read and
 * refusal audited.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class MeasureServiceTest {

    /** The fixture's sessions are Tuesdays 16:00 UTC; the practice zone is UTC. */
    static final ZoneId ZONE = ZoneOffset.UTC;

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    ClinicalFixture f;
    ServiceHarness h;
    JooqMembershipRepository memberships;
    MeasureService service;
    final List<SafetyAlert> notified = new ArrayList<>();
    Instant now = ServiceHarness.NOW;
    ClientId dan;
    ClientId eve;
    AppUser danLogin;
    AppUser eveLogin;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        f = new ClinicalFixture(dsl);
        h = new ServiceHarness(dsl, f);
        memberships = new JooqMembershipRepository(dsl);
        JooqClientRepository clients = new JooqClientRepository(dsl, Clock.systemUTC());
        UserId danAccount = f.data.clientAccount("dan");
        UserId eveAccount = f.data.clientAccount("eve");
        dan = clients.create(TestData.draft("Dan"), danAccount);
        eve = clients.create(TestData.draft("Eve"), eveAccount);
        memberships.create(NewMembership.of(f.tuesday, dan, LocalDate.of(2026, 4, 1), Set.of()));
        memberships.create(NewMembership.of(f.thursday, eve, LocalDate.of(2026, 4, 1), Set.of()));
        danLogin = new AppUser(danAccount, "dan", "Dan", Role.CLIENT);
        eveLogin = new AppUser(eveAccount, "eve", "Eve", Role.CLIENT);
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZONE;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        service = new MeasureService(new JooqMeasureRepository(dsl), f.sessions, memberships,
                new JooqClientAccounts(dsl), h.access, h.currentUser, h.audit, h.tx, clock, ZONE, notified::add);
    }

    List<ClientId> recipientsOf(ScheduleId schedule) {
        List<ClientId> found = new ArrayList<>();
        for (ClientId c : List.of(f.ana, f.ben, f.cat, dan, eve)) {
            if (new JooqMeasureRepository(dsl).pendingOf(c).stream().anyMatch(r -> r.schedule().equals(schedule))) {
                found.add(c);
            }
        }
        return found;
    }

    MeasureResponse dansPending(ScheduleId schedule) {
        return new JooqMeasureRepository(dsl).pendingOf(dan).stream().filter(r -> r.schedule().equals(schedule))
                .findFirst().orElseThrow();
    }

    static Map<Integer, Integer> all(Instrument instrument, int value) {
        Map<Integer, Integer> answers = new HashMap<>();
        for (int item = 1; item <= instrument.items(); item++) {
            answers.put(item, value);
        }
        return answers;
    }

    void leave(ClientId client, LocalDate lastDay) {
        MembershipPeriod p = memberships.periodsOfClient(client).getFirst();
        memberships.update(p.leave(lastDay, MembershipStatus.COMPLETED, null), p.version());
    }

    @Test
    void a_single_request_goes_to_the_members_active_today_and_not_on_hold() {
        MembershipPeriod bens = memberships.periodsOfClient(f.ben).getFirst();
        memberships.update(bens.hold(), bens.version());
        leave(f.cat, LocalDate.of(2026, 5, 4));
        ClientId late = f.data.client("Lou");
        memberships.create(NewMembership.of(f.tuesday, late, LocalDate.of(2026, 5, 6), Set.of()));

        ScheduleId id = service.schedule(f.tuesday, null, Instrument.PHQ9, new Cadence.Once(LocalDate.of(2026, 5, 11)));

        assertThat(recipientsOf(id)).containsExactly(f.ana, dan);
        assertThat(new JooqMeasureRepository(dsl).pendingOf(late)).isEmpty();
        assertThat(dansPending(id).due()).isEqualTo(LocalDate.of(2026, 5, 11));
        assertThat(h.lastEntry()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("measure.schedule");
            assertThat(e.recordId()).isEqualTo("schedule:" + id);
        });
        ScheduleId forDan = service.schedule(f.tuesday, dan, Instrument.GAD7, new Cadence.Once(LocalDate.of(2026, 5, 5)));
        assertThat(recipientsOf(forDan)).containsExactly(dan);
    }

    @Test
    void a_request_every_second_session_is_released_two_days_ahead_to_the_members_of_that_day() {
        List<SessionId> tuesdays = new ArrayList<>();
        for (int week = 0; week < 6; week++) {
            tuesdays.add(f.session(f.tuesday, LocalDate.of(2026, 5, 12).plusWeeks(week) + "T16:00:00Z"));
        }
        leave(f.cat, LocalDate.of(2026, 5, 20));
        ClientId lou = f.data.client("Lou");
        memberships.create(NewMembership.of(f.tuesday, lou, LocalDate.of(2026, 5, 20), Set.of()));

        // Scheduled on 5 May: the next session (12 May) is released on 10 May.
        ScheduleId every2 = service.schedule(f.tuesday, null, Instrument.GAD7, new Cadence.EverySessions(2));
        assertThat(recipientsOf(every2)).isEmpty();
        now = Instant.parse("2026-05-10T06:00:00Z");
        assertThat(service.releaseDue()).isEqualTo(4);
        assertThat(service.releaseDue()).isZero();
        assertThat(recipientsOf(every2)).containsExactly(f.ana, f.ben, f.cat, dan);

        // The second request is for the session two on, 26 May: Cat has left by then and Lou has joined.
        now = Instant.parse("2026-05-23T06:00:00Z");
        assertThat(service.releaseDue()).isZero();
        now = Instant.parse("2026-05-24T06:00:00Z");
        assertThat(service.releaseDue()).isEqualTo(4);
        assertThat(new JooqMeasureRepository(dsl).pendingOf(lou)).singleElement()
                .satisfies(r -> assertThat(r.due()).isEqualTo(LocalDate.of(2026, 5, 26)));
        assertThat(new JooqMeasureRepository(dsl).pendingOf(f.cat)).singleElement()
                .satisfies(r -> assertThat(r.due()).isEqualTo(LocalDate.of(2026, 5, 12)));
        assertThat(new JooqMeasureRepository(dsl).pendingOf(dan)).extracting(MeasureResponse::due)
                .containsExactly(LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 26));
    }

    @Test
    void a_recurring_schedule_for_one_member_reaches_only_them_and_releases_at_once_when_the_session_is_near() {
        f.session(f.tuesday, "2026-05-07T16:00:00Z");

        ScheduleId forDan = service.schedule(f.tuesday, dan, Instrument.PHQ9, new Cadence.EverySessions(4));

        assertThat(recipientsOf(forDan)).containsExactly(dan);
        assertThat(dansPending(forDan).due()).isEqualTo(LocalDate.of(2026, 5, 7));
    }

    @Test
    void scheduling_is_for_the_groups_facilitators_and_checks_member_and_cadence() {
        h.signIn(h.bob);
        assertThatThrownBy(() -> service.schedule(f.tuesday, null, Instrument.PHQ9, new Cadence.EverySessions(4)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(h.lastEntry().outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(h.lastEntry().action()).isEqualTo("measure.schedule");

        h.signIn(h.alice);
        assertThatThrownBy(() -> service.schedule(f.tuesday, eve, Instrument.PHQ9, new Cadence.EverySessions(4)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.byField().get("client").messageKey()).isEqualTo("measure.not-a-member"));
        assertThatThrownBy(() -> service.schedule(f.tuesday, null, Instrument.PHQ9,
                new Cadence.Once(LocalDate.of(2026, 5, 4)))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField()).containsOnlyKeys("due"));
        assertThat(service.schedulesOf(f.tuesday)).isEmpty();
    }

    @Test
    void a_client_saves_part_comes_back_and_submits_and_sees_the_score() {
        ScheduleId id = service.schedule(f.tuesday, null, Instrument.GAD7, new Cadence.Once(LocalDate.of(2026, 5, 11)));
        h.signIn(danLogin);
        MeasureResponse mine = service.myPending().getFirst();

        MeasureResponse partly = service.saveMine(mine.id(), Map.of(1, 2, 2, 2), mine.version());
        assertThat(service.myResponse(mine.id()).answers()).containsExactly(Map.entry(1, 2), Map.entry(2, 2));
        assertThatThrownBy(() -> service.submitMine(mine.id(), partly.answers(), partly.version()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.byField()).containsOnlyKeys("item.3", "item.4", "item.5", "item.6", "item.7"));
        Map<Integer, Integer> rest = new HashMap<>(partly.answers());
        rest.putAll(Map.of(3, 2, 4, 1, 5, 1, 6, 1, 7, 1));
        MeasureResponse submitted = service.submitMine(mine.id(), rest, partly.version());

        assertThat(submitted.score().orElseThrow().total()).isEqualTo(10);
        assertThat(submitted.score().orElseThrow().band()).isEqualTo(Band.MODERATE);
        assertThat(service.myPending()).isEmpty();
        assertThat(service.mySubmitted(0, 10)).extracting(MeasureResponse::id).containsExactly(mine.id());
        assertThat(service.countMySubmitted()).isEqualTo(1);
        assertThatThrownBy(() -> service.saveMine(mine.id(), Map.of(1, 0), submitted.version()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("measure.submitted"));
        assertThat(h.entries()).extracting(AuditEntry::action, AuditEntry::recordId).contains(
                tuple("measure.write", "response:" + mine.id()), tuple("measure.submit", "response:" + mine.id()));
        assertThat(recipientsOf(id)).doesNotContain(dan);
        assertThat(notified).isEmpty();
    }

    @Test
    void a_stale_draft_is_refused_as_a_concurrent_edit() {
        service.schedule(f.tuesday, dan, Instrument.GAD7, new Cadence.Once(LocalDate.of(2026, 5, 11)));
        h.signIn(danLogin);
        MeasureResponse onPhone = service.myPending().getFirst();
        service.saveMine(onPhone.id(), Map.of(1, 1), onPhone.version());

        assertThatThrownBy(() -> service.saveMine(onPhone.id(), Map.of(1, 3), onPhone.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(service.myResponse(onPhone.id()).answers()).containsExactly(Map.entry(1, 1));
    }

    @Test
    void item_nine_above_zero_alerts_the_groups_facilitators_once_until_one_acknowledges() {
        service.schedule(f.tuesday, dan, Instrument.PHQ9, new Cadence.Once(LocalDate.of(2026, 5, 11)));
        h.signIn(danLogin);
        MeasureResponse mine = service.myPending().getFirst();

        MeasureResponse saved = service.saveMine(mine.id(), Map.of(9, 1), mine.version());
        Map<Integer, Integer> answers = all(Instrument.PHQ9, 0);
        answers.put(9, 2);
        service.submitMine(mine.id(), answers, saved.version());

        assertThat(notified).singleElement().satisfies(a -> {
            assertThat(a.client()).isEqualTo(dan);
            assertThat(a.clientName()).isEqualTo("Dan");
            assertThat(a.response()).isEqualTo(mine.id());
        });
        assertThat(h.entries()).filteredOn(e -> e.action().equals("measure.alert.raise")).hasSize(1);
        h.signIn(h.bob);
        assertThat(service.openAlerts()).isEmpty();
        assertThatThrownBy(() -> service.acknowledge(notified.getFirst().id())).isInstanceOf(AccessDeniedException.class);
        assertThat(h.lastEntry().outcome()).isEqualTo(AuditOutcome.DENIED);
        h.signIn(h.admin);
        assertThatThrownBy(() -> service.openAlerts()).isInstanceOf(AccessDeniedException.class);

        h.signIn(h.alice);
        SafetyAlert open = service.openAlerts().getFirst();
        assertThat(h.lastEntry().action()).isEqualTo("measure.alert.read");
        service.acknowledge(open.id());

        assertThat(service.openAlerts()).isEmpty();
        assertThat(h.entries()).extracting(AuditEntry::actorId, AuditEntry::action, AuditEntry::recordId)
                .contains(tuple(f.alice, "measure.alert.acknowledge", "alert:" + open.id()));
        assertThatThrownBy(() -> service.acknowledge(open.id())).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("measure.alert.acknowledged"));
    }

    @Test
    void item_nine_at_zero_raises_no_alert() {
        service.schedule(f.tuesday, dan, Instrument.PHQ9, new Cadence.Once(LocalDate.of(2026, 5, 11)));
        h.signIn(danLogin);
        MeasureResponse mine = service.myPending().getFirst();

        Map<Integer, Integer> severeButNoSelfHarm = all(Instrument.PHQ9, 3);
        severeButNoSelfHarm.put(9, 0);
        MeasureResponse submitted = service.submitMine(mine.id(), severeButNoSelfHarm, mine.version());

        assertThat(submitted.score().orElseThrow().total()).isEqualTo(24);
        assertThat(notified).isEmpty();
        h.signIn(h.alice);
        assertThat(service.openAlerts()).isEmpty();
    }

    @Test
    void a_client_cannot_open_another_clients_response_and_the_refusal_is_audited() {
        service.schedule(f.tuesday, dan, Instrument.GAD7, new Cadence.Once(LocalDate.of(2026, 5, 11)));
        h.signIn(danLogin);
        MeasureResponse dans = service.myPending().getFirst();
        h.signIn(eveLogin);

        assertThatThrownBy(() -> service.myResponse(dans.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(h.lastEntry()).satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(eveLogin.id());
            assertThat(e.action()).isEqualTo("measure.read");
            assertThat(e.recordId()).isEqualTo("response:" + dans.id());
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
        assertThatThrownBy(() -> service.submitMine(dans.id(), all(Instrument.GAD7, 0), 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(h.lastEntry().action()).isEqualTo("measure.submit");
        assertThat(service.myPending()).isEmpty();
        h.signIn(h.alice);
        assertThatThrownBy(() -> service.myPending()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_facilitators_of_the_members_groups_read_scores_with_reliable_change_admins_never() {
        for (int[] week : new int[][] {{0, 2}, {1, 1}, {2, 0}}) {
            now = ServiceHarness.NOW.plusSeconds(604800L * week[0]);
            h.signIn(h.alice);
            service.schedule(f.tuesday, dan, Instrument.PHQ9, new Cadence.Once(LocalDate.ofInstant(now, ZONE)));
            h.signIn(danLogin);
            MeasureResponse r = service.myPending().getFirst();
            service.submitMine(r.id(), all(Instrument.PHQ9, week[1]), r.version());
        }
        h.signIn(h.alice);

        MemberScores scores = service.scoresOf(dan);

        assertThat(scores.trend(Instrument.PHQ9).points()).extracting(p -> p.score().total(), p -> p.change())
                .containsExactly(tuple(18, ReliableChange.NONE), tuple(9, ReliableChange.IMPROVED),
                        tuple(0, ReliableChange.IMPROVED));
        assertThat(h.lastEntry().action()).isEqualTo("measure.read");
        assertThat(h.lastEntry().recordId()).isEqualTo("client:" + dan);
        assertThat(service.mayReadScores(dan)).isTrue();
        assertThat(service.read(scores.scores().getFirst().response()).isSubmitted()).isTrue();

        for (AppUser outsider : List.of(h.bob, h.admin, danLogin)) {
            h.signIn(outsider);
            assertThatThrownBy(() -> service.scoresOf(dan)).isInstanceOf(AccessDeniedException.class);
            assertThat(h.lastEntry().outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(service.mayReadScores(dan)).isFalse();
            assertThatThrownBy(() -> service.read(scores.scores().getFirst().response()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(h.lastEntry().outcome()).isEqualTo(AuditOutcome.DENIED);
        }
    }
}
