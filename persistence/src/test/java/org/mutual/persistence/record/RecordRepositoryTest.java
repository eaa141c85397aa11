package org.mutual.persistence.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.attendance.AttendanceMark;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.client.Client;
import org.mutual.domain.exercise.RecordingField;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.plan.PlanItemId;
import org.mutual.domain.record.ClientRecordValue;
import org.mutual.domain.record.ExerciseRecord;
import org.mutual.domain.record.RecordTarget;
import org.mutual.domain.record.RecordedExercise;
import org.mutual.domain.record.RecordedValue;
import org.mutual.domain.record.Turn;
import org.mutual.domain.session.SessionId;
import org.mutual.persistence.attendance.JooqAttendanceRepository;
import org.mutual.persistence.plan.ClinicalFixture;
import org.mutual.persistence.plan.JooqPlanRepository;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class RecordRepositoryTest {

    static final Instant T1 = Instant.parse("2026-05-05T16:05:00Z");
    static final Instant T2 = Instant.parse("2026-05-05T16:20:00.1234567Z");

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    QueryCounter queries = new QueryCounter();
    JooqRecordRepository records;
    ClinicalFixture f;
    SessionId tuesday;
    PlanItemId conversation;
    PlanItemId disclosure;
    PlanItemId experiments;
    String pair;
    String ana;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        records = new JooqRecordRepository(queries.counting(dsl));
        f = new ClinicalFixture(dsl);
        tuesday = f.session(f.tuesday, "2026-05-05T16:00:00Z");
        JooqPlanRepository plans = new JooqPlanRepository(dsl, Clock.systemUTC());
        conversation = plans.add(tuesday, f.builtIn(Practice.GIVE_AND_TAKE), 15);
        disclosure = plans.add(tuesday, f.builtIn(Practice.MATCHING_DISCLOSURE), 20);
        experiments = plans.add(tuesday, f.builtIn(Practice.SMALL_EXPERIMENTS), 20);
        pair = "pair:" + f.ana + "-" + f.ben;
        ana = "member:" + f.ana;
    }

    ExerciseRecord recordOf(PlanItemId item) {
        return records.values(tuesday).stream().filter(r -> r.planItem().id().equals(item)).findFirst().orElseThrow();
    }

    @Test
    void setting_a_value_creates_it_replaces_it_and_repeating_it_changes_nothing() {
        assertThat(records.setValue(experiments, ana, "response", "willing", f.alice, T1)).isTrue();
        assertThat(records.setValue(experiments, ana, "response", "willing", f.bob, T2)).isFalse();
        assertThat(recordOf(experiments).values())
                .containsExactly(new RecordedValue(ana, "response", "willing", T1, f.alice));

        assertThat(records.setValue(experiments, ana, "response", "eager", f.bob, T2)).isTrue();

        assertThat(recordOf(experiments).values()).containsExactly(
                new RecordedValue(ana, "response", "eager", Instant.parse("2026-05-05T16:20:00.123456Z"), f.bob));
    }

    @Test
    void a_counter_starts_at_zero_counts_up_and_down_and_stays_within_0_to_999() {
        records.increment(conversation, pair, "turns_a", 1, f.alice, T1);
        records.increment(conversation, pair, "turns_a", 1, f.alice, T1);
        records.increment(conversation, pair, "turns_b", -1, f.alice, T1);
        assertThat(recordOf(conversation).value(pair, "turns_a")).contains("2");
        assertThat(recordOf(conversation).value(pair, "turns_b")).contains("0");

        records.increment(conversation, pair, "turns_a", -5, f.alice, T1);
        records.increment(conversation, pair, "interruptions", 998, f.alice, T1);
        records.increment(conversation, pair, "interruptions", 5, f.alice, T1);

        assertThat(recordOf(conversation).value(pair, "turns_a")).contains("0");
        assertThat(recordOf(conversation).value(pair, "interruptions")).contains("999");
    }

    @Test
    void a_counter_tap_is_one_statement_and_returns_the_stored_value() {
        queries.reset();
        assertThat(records.increment(conversation, pair, "turns_a", 1, f.alice, T1)).isEqualTo(1);
        assertThat(queries.count()).isEqualTo(1);
        queries.reset();
        assertThat(records.increment(conversation, pair, "turns_a", 4, f.bob, T2)).isEqualTo(5);
        assertThat(queries.count()).isEqualTo(1);

        assertThat(records.increment(conversation, pair, "turns_a", -9, f.alice, T1)).isZero();
        assertThat(records.increment(conversation, pair, "interruptions", 999, f.alice, T1)).isEqualTo(999);
        assertThat(records.increment(conversation, pair, "interruptions", 1, f.alice, T1)).isEqualTo(999);
        assertThat(recordOf(conversation).values()).extracting(RecordedValue::fieldKey, RecordedValue::value,
                RecordedValue::by).containsExactlyInAnyOrder(tuple("interruptions", "999", f.alice),
                tuple("turns_a", "0", f.alice));
    }

    @Test
    void two_devices_tapping_the_same_counter_200_times_each_lose_no_tap() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Void>> devices = new ArrayList<>();
            for (int device = 0; device < 2; device++) {
                devices.add(() -> {
                    for (int i = 0; i < 200; i++) {
                        records.increment(conversation, pair, "turns_a", 1, f.alice, T1);
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(devices)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(recordOf(conversation).value(pair, "turns_a")).contains("400");
    }

    @Test
    void turns_are_numbered_in_order_and_the_last_one_can_be_taken_back() {
        assertThat(records.addTurn(disclosure, f.ana, "depth", "2", f.alice, T1)).isEqualTo(1);
        assertThat(records.addTurn(disclosure, f.ben, "depth", "4", f.alice, T1)).isEqualTo(2);
        assertThat(records.addTurn(disclosure, f.ana, "depth", "3", f.alice, T1)).isEqualTo(3);

        assertThat(records.removeLastTurn(disclosure)).isTrue();
        assertThat(records.addTurn(disclosure, f.cat, "depth", "5", f.alice, T2)).isEqualTo(3);

        assertThat(recordOf(disclosure).turns("depth")).containsExactly(new Turn(1, f.ana, 2), new Turn(2, f.ben, 4),
                new Turn(3, f.cat, 5));
        assertThat(recordOf(disclosure).values()).extracting(RecordedValue::subject)
                .containsExactly("turn:1:" + f.ana, "turn:2:" + f.ben, "turn:3:" + f.cat);
        assertThat(records.removeLastTurn(conversation)).isFalse();
    }

    @Test
    void a_sessions_records_come_in_plan_order_with_every_value_and_observation_in_one_query() {
        records.increment(conversation, pair, "turns_a", 3, f.alice, T1);
        records.addTurn(disclosure, f.ana, "depth", "2", f.alice, T1);
        records.setValue(experiments, ana, "felt", "7", f.bob, T2);
        records.setObservation(experiments, "Ana asked first.", 0);
        SessionId other = f.session(f.tuesday, "2026-05-12T16:00:00Z");
        PlanItemId elsewhere = new JooqPlanRepository(dsl, Clock.systemUTC()).add(other,
                f.builtIn(Practice.GIVE_AND_TAKE), 15);
        records.increment(elsewhere, pair, "turns_a", 1, f.alice, T1);
        queries.reset();

        List<ExerciseRecord> all = records.values(tuesday);

        assertThat(queries.count()).isEqualTo(1);
        assertThat(all).extracting(r -> r.planItem().id(), r -> r.planItem().exerciseTitle(), ExerciseRecord::observation,
                        ExerciseRecord::version, r -> r.values().size())
                .containsExactly(tuple(conversation, "Give-and-take conversation", null, 0, 1),
                        tuple(disclosure, "Matching self-disclosure", null, 0, 1),
                        tuple(experiments, "Small experiments", "Ana asked first.", 1, 1));
        assertThat(all.get(2).values()).containsExactly(new RecordedValue(ana, "felt", "7",
                Instant.parse("2026-05-05T16:20:00.123456Z"), f.bob));
        assertThat(records.values(new SessionId(999))).isEmpty();
    }

    @Test
    void the_record_tab_reads_records_with_their_exercises_and_fields_in_one_query() {
        records.increment(conversation, pair, "turns_a", 3, f.alice, T1);
        records.setObservation(experiments, "Ana asked first.", 0);
        queries.reset();

        List<RecordedExercise> all = records.recordsWithExercises(tuesday);

        assertThat(queries.count()).isEqualTo(1);
        assertThat(all).extracting(r -> r.record().planItem().id()).containsExactly(conversation, disclosure,
                experiments);
        assertThat(all).extracting(RecordedExercise::record).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(records.values(tuesday));
        for (RecordedExercise r : all) {
            assertThat(r.exercise()).isEqualTo(f.exercises.find(r.record().planItem().exercise()).orElseThrow());
        }
        assertThat(all.getFirst().exercise().fields()).extracting(RecordingField::key).contains("turns_a", "turns_b");
        assertThat(records.recordsWithExercises(f.session(f.thursday, "2026-05-07T09:00:00Z"))).isEmpty();
    }

    @Test
    void a_writes_target_is_its_item_session_exercise_and_the_groups_people_in_one_query() {
        new JooqAttendanceRepository(dsl).mark(tuesday, f.ben, AttendanceStatus.ABSENT, f.alice, T1);
        queries.reset();

        RecordTarget target = records.target(experiments).orElseThrow();

        assertThat(queries.count()).isEqualTo(1);
        assertThat(target.item()).isEqualTo(new JooqPlanRepository(dsl, Clock.systemUTC()).item(experiments)
                .orElseThrow());
        assertThat(target.session()).isEqualTo(f.sessions.find(tuesday).orElseThrow());
        assertThat(target.exercise()).isEqualTo(f.exercises.find(f.builtIn(Practice.SMALL_EXPERIMENTS)).orElseThrow());
        assertThat(target.members().periods()).extracting(MembershipPeriod::client).containsExactly(f.ana, f.ben,
                f.cat);
        assertThat(target.members().clients()).extracting(Client::preferredName).containsExactly("Ana", "Ben", "Cat");
        assertThat(target.members().marks()).extracting(AttendanceMark::client, AttendanceMark::status)
                .containsExactly(tuple(f.ben, AttendanceStatus.ABSENT));
        assertThat(target.members().present(f.tuesday, LocalDate.of(2026, 5, 5))).isEmpty();
        assertThat(records.target(new PlanItemId(999_999))).isEmpty();
    }

    @Test
    void an_observation_with_a_stale_version_is_refused_and_changes_nothing() {
        assertThat(records.setObservation(experiments, "First", 0)).isEqualTo(1);
        assertThat(records.setObservation(experiments, "Second", 1)).isEqualTo(2);

        assertThatThrownBy(() -> records.setObservation(experiments, "Stale", 1))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> records.setObservation(experiments, "Also stale", 0))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(recordOf(experiments).observation()).isEqualTo("Second");
        assertThat(recordOf(experiments).version()).isEqualTo(2);
    }

    @Test
    void values_about_a_client_cover_member_pair_and_turn_subjects_of_the_given_groups_only_in_one_query() {
        records.increment(conversation, pair, "turns_a", 3, f.alice, T1);
        records.increment(conversation, "pair:" + f.ben + "-" + f.cat, "turns_a", 5, f.alice, T1);
        records.addTurn(disclosure, f.ana, "depth", "4", f.alice, T1);
        records.setValue(experiments, ana, "response", "eager", f.alice, T1);
        records.setValue(experiments, "member:" + f.ben, "response", "declined", f.alice, T1);
        queries.reset();

        List<ClientRecordValue> about = records.valuesAbout(f.ana, List.of(f.tuesday));

        assertThat(queries.count()).isEqualTo(1);
        assertThat(about).extracting(ClientRecordValue::subject, ClientRecordValue::fieldKey, ClientRecordValue::value)
                .containsExactlyInAnyOrder(tuple(pair, "turns_a", "3"), tuple("turn:1:" + f.ana, "depth", "4"),
                        tuple(ana, "response", "eager"));
        assertThat(about).allSatisfy(v -> assertThat(v.session()).isEqualTo(tuesday));
        assertThat(about).filteredOn(v -> v.fieldKey().equals("turns_a")).singleElement()
                .satisfies(v -> assertThat(v.practice()).isEqualTo(Practice.GIVE_AND_TAKE));
        assertThat(records.valuesAbout(f.ana, List.of(f.thursday))).isEmpty();
        assertThat(records.valuesAbout(f.ana, List.of())).isEmpty();
    }
}
