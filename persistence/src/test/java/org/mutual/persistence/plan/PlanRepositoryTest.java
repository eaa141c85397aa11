package org.mutual.persistence.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.plan.PlanItem;
import org.mutual.domain.plan.PlanItemId;
import org.mutual.domain.plan.PlanTemplate;
import org.mutual.domain.plan.PlanTemplateId;
import org.mutual.domain.session.SessionId;
import org.mutual.persistence.record.JooqRecordRepository;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class PlanRepositoryTest {

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    QueryCounter queries = new QueryCounter();
    JooqPlanRepository plans;
    ClinicalFixture f;
    ExerciseId giveAndTake;
    ExerciseId disclosure;
    ExerciseId trials;
    SessionId firstTuesday;
    SessionId secondTuesday;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        plans = new JooqPlanRepository(queries.counting(dsl), Clock.systemUTC());
        f = new ClinicalFixture(dsl);
        giveAndTake = f.builtIn(Practice.GIVE_AND_TAKE);
        disclosure = f.builtIn(Practice.MATCHING_DISCLOSURE);
        trials = f.builtIn(Practice.WALKING_THROUGH_TRIALS);
        secondTuesday = f.session(f.tuesday, "2026-05-12T16:00:00Z");
        firstTuesday = f.session(f.tuesday, "2026-05-05T16:00:00Z");
    }

    @Test
    void added_exercises_go_last_and_read_back_in_order_with_their_titles_in_one_query() {
        PlanItemId a = plans.add(firstTuesday, giveAndTake, 15);
        PlanItemId b = plans.add(firstTuesday, disclosure, 20);
        plans.add(secondTuesday, trials, 25);
        queries.reset();

        List<PlanItem> items = plans.items(firstTuesday);

        assertThat(queries.count()).isEqualTo(1);
        assertThat(items).containsExactly(
                new PlanItem(a, firstTuesday, giveAndTake, "Give-and-take conversation", 1, 15),
                new PlanItem(b, firstTuesday, disclosure, "Matching self-disclosure", 2, 20));
        assertThat(plans.item(b)).contains(items.get(1));
        assertThat(plans.item(new PlanItemId(999))).isEmpty();
        assertThat(plans.items(new SessionId(999))).isEmpty();
    }

    @Test
    void removing_an_item_closes_the_gap_and_removing_it_again_does_nothing() {
        PlanItemId a = plans.add(firstTuesday, giveAndTake, 15);
        PlanItemId b = plans.add(firstTuesday, disclosure, 20);
        PlanItemId c = plans.add(firstTuesday, trials, 25);

        plans.remove(b);
        plans.remove(b);

        assertThat(plans.items(firstTuesday)).extracting(PlanItem::id, PlanItem::position)
                .containsExactly(tuple(a, 1), tuple(c, 2));
    }

    @Test
    void reorder_rewrites_every_position_to_follow_the_given_order() {
        PlanItemId a = plans.add(firstTuesday, giveAndTake, 15);
        PlanItemId b = plans.add(firstTuesday, disclosure, 20);
        PlanItemId c = plans.add(firstTuesday, trials, 25);
        PlanItemId other = plans.add(secondTuesday, trials, 25);

        plans.reorder(firstTuesday, List.of(c, a, b));

        assertThat(plans.items(firstTuesday)).extracting(PlanItem::id, PlanItem::position)
                .containsExactly(tuple(c, 1), tuple(a, 2), tuple(b, 3));
        assertThat(plans.item(other).orElseThrow().position()).isEqualTo(1);
    }

    @Test
    void reorder_with_an_order_that_misses_or_adds_an_item_is_refused_and_changes_nothing() {
        PlanItemId a = plans.add(firstTuesday, giveAndTake, 15);
        PlanItemId b = plans.add(firstTuesday, disclosure, 20);
        PlanItemId other = plans.add(secondTuesday, trials, 25);

        assertThatThrownBy(() -> plans.reorder(firstTuesday, List.of(b))).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> plans.reorder(firstTuesday, List.of(b, a, other)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> plans.reorder(firstTuesday, List.of(b, other)))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(plans.items(firstTuesday)).extracting(PlanItem::id).containsExactly(a, b);
        assertThatThrownBy(() -> plans.reorder(new SessionId(999), List.of())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void minutes_change_on_one_item() {
        PlanItemId a = plans.add(firstTuesday, giveAndTake, 15);

        plans.updateMinutes(a, 40);

        assertThat(plans.item(a).orElseThrow().minutes()).isEqualTo(40);
        assertThatThrownBy(() -> plans.updateMinutes(new PlanItemId(999), 5)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_previous_session_is_the_groups_latest_earlier_one_that_was_not_cancelled() {
        SessionId thirdTuesday = f.session(f.tuesday, "2026-05-19T16:00:00Z");
        f.session(f.thursday, "2026-05-14T08:00:00Z");
        assertThat(plans.previousSessionOf(thirdTuesday)).contains(secondTuesday);

        f.sessions.update(f.sessions.find(secondTuesday).orElseThrow().cancel("Holiday"), 0);

        assertThat(plans.previousSessionOf(thirdTuesday)).contains(firstTuesday);
        assertThat(plans.previousSessionOf(firstTuesday)).isEmpty();
        assertThat(plans.previousSessionOf(new SessionId(999))).isEmpty();
    }

    @Test
    void copying_the_previous_plan_replaces_the_current_one_and_leaves_the_source_as_it_was() {
        PlanItemId a = plans.add(firstTuesday, giveAndTake, 15);
        plans.add(firstTuesday, disclosure, 20);
        plans.reorder(firstTuesday, List.of(plans.items(firstTuesday).get(1).id(), a));
        plans.add(secondTuesday, trials, 60);

        plans.copyFrom(firstTuesday, secondTuesday);

        List<PlanItem> copy = plans.items(secondTuesday);
        assertThat(copy).extracting(PlanItem::session, PlanItem::exercise, PlanItem::position, PlanItem::minutes)
                .containsExactly(tuple(secondTuesday, disclosure, 1, 20), tuple(secondTuesday, giveAndTake, 2, 15));
        assertThat(copy).extracting(PlanItem::id).doesNotContainAnyElementsOf(
                plans.items(firstTuesday).stream().map(PlanItem::id).toList());
        assertThat(plans.items(firstTuesday)).hasSize(2);
    }

    @Test
    void anything_recorded_for_an_item_counts_as_records_of_the_item_and_its_session() {
        PlanItemId a = plans.add(firstTuesday, giveAndTake, 15);
        PlanItemId b = plans.add(firstTuesday, disclosure, 20);
        JooqRecordRepository records = new JooqRecordRepository(dsl);
        records.setObservation(b, null, 0);
        assertThat(plans.hasRecords(firstTuesday)).isFalse();

        records.setValue(a, "pair:1-2", "turns_a", "3", f.alice, Instant.now());
        records.setObservation(b, "Quiet start", 1);

        assertThat(plans.hasRecords(a)).isTrue();
        assertThat(plans.hasRecords(b)).isTrue();
        assertThat(plans.hasRecords(firstTuesday)).isTrue();
        assertThat(plans.hasRecords(secondTuesday)).isFalse();
    }

    @Test
    void a_template_keeps_its_items_in_order_and_applying_it_replaces_a_sessions_plan() {
        plans.add(secondTuesday, giveAndTake, 15);
        PlanTemplateId opening = plans.saveTemplate("Opening session", f.alice, List.of(
                new PlanTemplate.Item(trials, null, 30), new PlanTemplate.Item(disclosure, null, 20)));
        plans.saveTemplate("Another", f.alice, List.of(new PlanTemplate.Item(trials, null, 10)));
        plans.saveTemplate("Bob's", f.bob, List.of(new PlanTemplate.Item(trials, null, 10)));
        queries.reset();

        List<PlanTemplate> templates = plans.templates(f.alice);

        assertThat(queries.count()).isEqualTo(1);
        assertThat(templates).extracting(PlanTemplate::name).containsExactly("Another", "Opening session");
        assertThat(templates.get(1)).isEqualTo(new PlanTemplate(opening, "Opening session", f.alice, List.of(
                new PlanTemplate.Item(trials, "Walking together through trials", 30),
                new PlanTemplate.Item(disclosure, "Matching self-disclosure", 20))));
        assertThat(plans.template(opening)).contains(templates.get(1));

        plans.applyTemplate(opening, secondTuesday);

        assertThat(plans.items(secondTuesday)).extracting(PlanItem::exercise, PlanItem::position, PlanItem::minutes)
                .containsExactly(tuple(trials, 1, 30), tuple(disclosure, 2, 20));
        assertThatThrownBy(() -> plans.applyTemplate(new PlanTemplateId(999), secondTuesday))
                .isInstanceOf(NotFoundException.class);
    }
}
