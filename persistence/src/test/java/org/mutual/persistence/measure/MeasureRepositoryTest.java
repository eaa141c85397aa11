package org.mutual.persistence.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mutual.persistence.jooq.Tables.MEASURE_OCCURRENCE;
import static org.mutual.persistence.jooq.Tables.MEASURE_RESPONSE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.measure.Band;
import org.mutual.domain.measure.Cadence;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.MeasureResponse;
import org.mutual.domain.measure.MeasureSchedule;
import org.mutual.domain.measure.NewSchedule;
import org.mutual.domain.measure.Release;
import org.mutual.domain.measure.ResponseId;
import org.mutual.domain.measure.ResponseStatus;
import org.mutual.domain.measure.SafetyAlert;
import org.mutual.domain.measure.SafetyAlertId;
import org.mutual.domain.measure.ScheduleId;
import org.mutual.domain.measure.Score;
import org.mutual.domain.session.SessionId;
import org.mutual.persistence.plan.ClinicalFixture;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class MeasureRepositoryTest {

    static final Instant T1 = Instant.parse("2026-05-05T17:00:00Z");
    static final Instant T2 = Instant.parse("2026-05-08T09:00:00.1234567Z");
    static final Instant T3 = Instant.parse("2026-05-09T10:00:00Z");
    static final LocalDate DUE = LocalDate.of(2026, 5, 12);

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    QueryCounter queries = new QueryCounter();
    JooqMeasureRepository measures;
    ClinicalFixture f;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        measures = new JooqMeasureRepository(queries.counting(dsl));
        f = new ClinicalFixture(dsl);
    }

    ScheduleId schedule(GroupId group, Instrument instrument, Cadence cadence) {
        return measures.createSchedule(new NewSchedule(group, null, instrument, cadence,
                group.equals(f.tuesday) ? f.alice : f.bob, T1));
    }

    /** A single request to {@code clients}; returns their responses in the order given. */
    List<ResponseId> once(GroupId group, Instrument instrument, LocalDate due, ClientId... clients) {
        ScheduleId schedule = schedule(group, instrument, new Cadence.Once(due));
        measures.release(new Release(schedule, group, instrument, null, due, T1), List.of(clients));
        return List.of(clients).stream().map(c -> measures.pendingOf(c).stream()
                .filter(r -> r.schedule().equals(schedule)).findFirst().orElseThrow().id()).toList();
    }

    MeasureResponse stored(ResponseId id) {
        return measures.findResponse(id).orElseThrow();
    }

    static Map<Integer, Integer> all(Instrument instrument, int value) {
        Map<Integer, Integer> answers = new HashMap<>();
        for (int item = 1; item <= instrument.items(); item++) {
            answers.put(item, value);
        }
        return answers;
    }

    void submit(ResponseId id, Map<Integer, Integer> answers, Instant at) {
        MeasureResponse r = stored(id);
        measures.updateResponse(r.answer(answers).submit(at), r.version());
    }

    @Test
    void a_single_request_stores_its_occurrence_and_every_members_response_in_two_statements() {
        ScheduleId schedule = schedule(f.tuesday, Instrument.PHQ9, new Cadence.Once(DUE));
        queries.reset();

        int created = measures.release(new Release(schedule, f.tuesday, Instrument.PHQ9, null, DUE, T1),
                List.of(f.ana, f.ben, f.cat));

        assertThat(queries.count()).isEqualTo(2);
        assertThat(created).isEqualTo(3);
        MeasureResponse anas = measures.pendingOf(f.ana).getFirst();
        assertThat(anas).isEqualTo(new MeasureResponse(anas.id(), schedule, f.tuesday, f.ana, Instrument.PHQ9, DUE,
                ResponseStatus.PENDING, Map.of(), null, 0));
        assertThat(measures.schedulesOfGroup(f.tuesday)).singleElement().satisfies(s -> {
            assertThat(s.cadence()).isEqualTo(new Cadence.Once(DUE));
            assertThat(s.isForWholeGroup()).isTrue();
            assertThat(s.createdBy()).isEqualTo(f.alice);
            assertThat(s.lastSessionReleased()).isNull();
        });
        assertThat(measures.recurringSchedules()).isEmpty();
        assertThat(measures.findResponse(new ResponseId(999))).isEmpty();
    }

    @Test
    void a_schedule_releases_a_session_once_and_remembers_the_last_session_it_released() {
        ScheduleId every4 = schedule(f.tuesday, Instrument.GAD7, new Cadence.EverySessions(4));
        SessionId first = f.session(f.tuesday, "2026-05-12T16:00:00Z");
        SessionId fifth = f.session(f.tuesday, "2026-06-09T16:00:00Z");
        measures.release(new Release(every4, f.tuesday, Instrument.GAD7, first, DUE, T1), List.of(f.ana, f.ben));
        queries.reset();

        int again = measures.release(new Release(every4, f.tuesday, Instrument.GAD7, first, DUE, T2),
                List.of(f.ana, f.ben, f.cat));
        int nobody = measures.release(new Release(every4, f.tuesday, Instrument.GAD7, fifth, DUE.plusWeeks(4), T2),
                List.of());

        assertThat(again).isZero();
        assertThat(nobody).isZero();
        assertThat(dsl.fetchCount(MEASURE_RESPONSE)).isEqualTo(2);
        // A session with nobody to ask still counts, so the next Nth session is counted from it.
        assertThat(dsl.fetchCount(MEASURE_OCCURRENCE)).isEqualTo(2);
        assertThat(measures.recurringSchedules()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(every4);
            assertThat(s.cadence()).isEqualTo(new Cadence.EverySessions(4));
            assertThat(s.lastSessionReleased()).isEqualTo(Instant.parse("2026-06-09T16:00:00Z"));
        });
    }

    @Test
    void answers_and_the_submission_are_stored_and_the_version_increments() {
        ResponseId id = once(f.tuesday, Instrument.PHQ9, DUE, f.ana).getFirst();
        measures.updateResponse(stored(id).answer(Map.of(1, 2, 9, 1)), 0);
        Map<Integer, Integer> answers = all(Instrument.PHQ9, 1);
        measures.updateResponse(stored(id).answer(answers), 1);

        measures.updateResponse(stored(id).submit(T2), 2);

        assertThat(stored(id)).satisfies(r -> {
            assertThat(r.answers()).isEqualTo(answers);
            assertThat(r.status()).isEqualTo(ResponseStatus.SUBMITTED);
            assertThat(r.submittedAt()).isEqualTo(Instant.parse("2026-05-08T09:00:00.123456Z"));
            assertThat(r.score()).contains(new Score(Instrument.PHQ9, 9, Band.MILD));
            assertThat(r.version()).isEqualTo(3);
        });
    }

    @Test
    void a_save_with_a_stale_version_is_refused_and_changes_nothing() {
        ResponseId id = once(f.tuesday, Instrument.GAD7, DUE, f.ana).getFirst();
        MeasureResponse phone = stored(id);
        MeasureResponse laptop = stored(id);
        measures.updateResponse(laptop.answer(Map.of(1, 3)), 0);

        assertThatThrownBy(() -> measures.updateResponse(phone.answer(Map.of(1, 0, 2, 0)), 0))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(stored(id).answers()).containsExactly(Map.entry(1, 3));
        assertThat(stored(id).version()).isEqualTo(1);
        MeasureResponse missing = new MeasureResponse(new ResponseId(999), phone.schedule(), f.tuesday, f.ana,
                Instrument.GAD7, DUE, ResponseStatus.PENDING, Map.of(), null, 0);
        assertThatThrownBy(() -> measures.updateResponse(missing, 0)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_clients_pending_and_submitted_lists_are_one_query_each() {
        ResponseId later = once(f.tuesday, Instrument.PHQ9, DUE.plusWeeks(1), f.ana, f.ben).getFirst();
        ResponseId sooner = once(f.tuesday, Instrument.GAD7, DUE, f.ana).getFirst();
        List<ResponseId> done = List.of(once(f.tuesday, Instrument.GAD7, DUE, f.ana).getFirst(),
                once(f.tuesday, Instrument.GAD7, DUE, f.ana).getFirst(), once(f.thursday, Instrument.GAD7, DUE, f.ana)
                        .getFirst());
        submit(done.get(0), all(Instrument.GAD7, 0), T2);
        submit(done.get(1), all(Instrument.GAD7, 2), T3);
        submit(done.get(2), all(Instrument.GAD7, 3), T1);
        queries.reset();

        List<MeasureResponse> pending = measures.pendingOf(f.ana);
        List<MeasureResponse> firstPage = measures.submittedOf(f.ana, 0, 2);
        List<MeasureResponse> secondPage = measures.submittedOf(f.ana, 2, 2);

        assertThat(queries.count()).isEqualTo(3);
        assertThat(pending).extracting(MeasureResponse::id).containsExactly(sooner, later);
        assertThat(firstPage).extracting(MeasureResponse::id).containsExactly(done.get(1), done.get(0));
        assertThat(secondPage).extracting(MeasureResponse::id).containsExactly(done.get(2));
        assertThat(firstPage.getFirst().answers()).isEqualTo(all(Instrument.GAD7, 2));
        assertThat(measures.countSubmittedOf(f.ana)).isEqualTo(3);
        assertThat(measures.countSubmittedOf(f.ben)).isZero();
        assertThat(measures.pendingOf(f.ben)).singleElement().satisfies(r -> assertThat(r.due()).isEqualTo(DUE.plusWeeks(1)));
    }

    @Test
    void a_members_scores_from_the_given_groups_are_one_statement_oldest_first() {
        ResponseId tuesdayLate = once(f.tuesday, Instrument.PHQ9, DUE, f.ana).getFirst();
        ResponseId tuesdayEarly = once(f.tuesday, Instrument.GAD7, DUE, f.ana).getFirst();
        ResponseId thursday = once(f.thursday, Instrument.PHQ9, DUE, f.ana).getFirst();
        once(f.tuesday, Instrument.PHQ9, DUE, f.ana);
        ResponseId bens = once(f.tuesday, Instrument.PHQ9, DUE, f.ben).getFirst();
        submit(tuesdayLate, all(Instrument.PHQ9, 2), T3);
        submit(tuesdayEarly, all(Instrument.GAD7, 1), T1);
        submit(thursday, all(Instrument.PHQ9, 3), T2);
        submit(bens, all(Instrument.PHQ9, 3), T2);
        queries.reset();

        List<MeasureResponse> alices = measures.submittedOf(f.ana, List.of(f.tuesday));
        List<MeasureResponse> both = measures.submittedOf(f.ana, List.of(f.tuesday, f.thursday));

        assertThat(queries.count()).isEqualTo(2);
        assertThat(alices).extracting(MeasureResponse::id, r -> r.score().orElseThrow().total())
                .containsExactly(tuple(tuesdayEarly, 7), tuple(tuesdayLate, 18));
        assertThat(both).extracting(MeasureResponse::id).containsExactly(tuesdayEarly, thursday, tuesdayLate);
    }

    @Test
    void a_response_raises_at_most_one_alert_and_a_facilitator_sees_the_open_ones_of_their_groups_in_one_query() {
        List<ResponseId> tuesdays = once(f.tuesday, Instrument.PHQ9, DUE, f.ana, f.ben, f.cat);
        ResponseId thursdays = once(f.thursday, Instrument.PHQ9, DUE, f.ben).getFirst();
        SafetyAlert anas = measures.raiseAlert(tuesdays.get(0), T2).orElseThrow();
        assertThat(measures.raiseAlert(tuesdays.get(0), T3)).isEmpty();
        SafetyAlert cats = measures.raiseAlert(tuesdays.get(2), T1).orElseThrow();
        SafetyAlert bens = measures.raiseAlert(thursdays, T1).orElseThrow();
        queries.reset();

        List<SafetyAlert> alices = measures.openAlertsFor(f.alice);

        assertThat(queries.count()).isEqualTo(1);
        assertThat(alices).extracting(SafetyAlert::id).containsExactly(cats.id(), anas.id());
        assertThat(alices.getLast()).isEqualTo(new SafetyAlert(anas.id(), tuesdays.get(0), f.tuesday,
                "Tuesday evening", f.ana, "Ana", Instant.parse("2026-05-08T09:00:00.123456Z"), null, null));
        assertThat(measures.openAlertsFor(f.bob)).extracting(SafetyAlert::id).containsExactly(bens.id());
    }

    @Test
    void an_acknowledgement_records_who_and_when_once_and_closes_the_alert() {
        ResponseId id = once(f.tuesday, Instrument.PHQ9, DUE, f.ana).getFirst();
        SafetyAlert alert = measures.raiseAlert(id, T1).orElseThrow();

        assertThat(measures.acknowledge(alert.id(), f.alice, T2)).isTrue();
        assertThat(measures.acknowledge(alert.id(), f.bob, T3)).isFalse();

        assertThat(measures.findAlert(alert.id())).hasValueSatisfying(a -> {
            assertThat(a.isAcknowledged()).isTrue();
            assertThat(a.acknowledgedBy()).isEqualTo(f.alice);
            assertThat(a.acknowledgedAt()).isEqualTo(Instant.parse("2026-05-08T09:00:00.123456Z"));
        });
        assertThat(measures.openAlertsFor(f.alice)).isEmpty();
        assertThat(measures.findAlert(new SafetyAlertId(999))).isEmpty();
        assertThat(measures.acknowledge(new SafetyAlertId(999), f.alice, T2)).isFalse();
    }

    @Test
    void schedules_of_a_group_are_listed_newest_first_with_their_member() {
        ScheduleId groupWide = schedule(f.tuesday, Instrument.PHQ9, new Cadence.EverySessions(4));
        ScheduleId forCat = measures.createSchedule(new NewSchedule(f.tuesday, f.cat, Instrument.GAD7,
                new Cadence.Once(DUE), f.alice, T2));
        schedule(f.thursday, Instrument.GAD7, new Cadence.Once(DUE));

        assertThat(measures.schedulesOfGroup(f.tuesday)).extracting(MeasureSchedule::id, MeasureSchedule::client,
                MeasureSchedule::instrument).containsExactly(tuple(forCat, f.cat, Instrument.GAD7),
                tuple(groupWide, null, Instrument.PHQ9));
    }
}
