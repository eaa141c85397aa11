package org.mutual.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.session.SessionId;

class SessionPlanTest {

    static final SessionId SESSION = new SessionId(1);
    static final PlanItemId A = new PlanItemId(10);
    static final PlanItemId B = new PlanItemId(11);
    static final PlanItemId C = new PlanItemId(12);

    static PlanItem item(PlanItemId id, int position, int minutes) {
        return new PlanItem(id, SESSION, new ExerciseId(id.value()), "Exercise " + id, position, minutes);
    }

    final SessionPlan plan = new SessionPlan(SESSION, List.of(item(C, 3, 20), item(A, 1, 15), item(B, 2, 25)),
            Duration.ofMinutes(90));

    @Test
    void items_are_in_position_order_and_numbered_from_one() {
        assertThat(plan.order()).containsExactly(A, B, C);
        assertThat(plan.items()).extracting(PlanItem::position).containsExactly(1, 2, 3);
    }

    @Test
    void the_time_boxes_add_up_and_fit_a_ninety_minute_session() {
        assertThat(plan.totalMinutes()).isEqualTo(60);
        assertThat(plan.overrunMinutes()).isZero();
        assertThat(plan.overruns()).isFalse();
    }

    @Test
    void a_plan_longer_than_its_session_overruns_by_the_difference() {
        SessionPlan longer = plan.add(new ExerciseId(99), "Closing round", 30).add(new ExerciseId(98), "Extra", 5);

        assertThat(longer.totalMinutes()).isEqualTo(95);
        assertThat(longer.overrunMinutes()).isEqualTo(5);
        assertThat(longer.overruns()).isTrue();
        assertThat(plan.withMinutes(A, 45).overrunMinutes()).isZero();
        assertThat(plan.withMinutes(A, 46).overrunMinutes()).isEqualTo(1);
    }

    @Test
    void an_added_exercise_goes_last_with_a_time_box_of_one_to_180_minutes() {
        SessionPlan added = plan.add(new ExerciseId(99), "Closing round", 10);

        assertThat(added.items()).last().satisfies(i -> {
            assertThat(i.position()).isEqualTo(4);
            assertThat(i.exerciseTitle()).isEqualTo("Closing round");
            assertThat(i.id()).isNull();
        });
        assertThatThrownBy(() -> plan.add(new ExerciseId(99), "x", 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> plan.add(new ExerciseId(99), "x", 181)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> plan.withMinutes(B, 0)).isInstanceOf(ValidationException.class);
    }

    @Test
    void a_plan_holds_at_most_twenty_exercises() {
        SessionPlan full = plan;
        for (int i = 0; i < 17; i++) {
            full = full.add(new ExerciseId(100 + i), "x", 1);
        }
        SessionPlan twenty = full;
        assertThat(twenty.items()).hasSize(20);
        assertThatThrownBy(() -> twenty.add(new ExerciseId(1), "x", 1)).hasMessageContaining("plan.too-many-items");
    }

    @Test
    void removing_an_item_closes_the_gap() {
        SessionPlan removed = plan.remove(B);

        assertThat(removed.order()).containsExactly(A, C);
        assertThat(removed.items()).extracting(PlanItem::position).containsExactly(1, 2);
        assertThatThrownBy(() -> removed.remove(B)).hasMessageContaining("plan.item-missing");
    }

    @Test
    void an_item_moves_to_a_new_index_and_the_others_keep_their_order() {
        assertThat(plan.move(C, 0).order()).containsExactly(C, A, B);
        assertThat(plan.move(A, 2).order()).containsExactly(B, C, A);
        assertThat(plan.move(B, 1).order()).containsExactly(A, B, C);
        assertThat(plan.move(C, 0).items()).extracting(PlanItem::position).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> plan.move(A, 3)).hasMessageContaining("plan.position-out-of-range");
        assertThatThrownBy(() -> plan.move(A, -1)).hasMessageContaining("plan.position-out-of-range");
    }

    @Test
    void moving_up_and_down_swaps_with_the_neighbour_and_stops_at_the_ends() {
        assertThat(plan.moveUp(B).order()).containsExactly(B, A, C);
        assertThat(plan.moveDown(B).order()).containsExactly(A, C, B);
        assertThat(plan.moveUp(A).order()).containsExactly(A, B, C);
        assertThat(plan.moveDown(C).order()).containsExactly(A, B, C);
    }

    @Test
    void a_template_needs_a_name_and_at_least_one_exercise() {
        List<PlanTemplate.Item> items = List.of(new PlanTemplate.Item(new ExerciseId(1), null, 20));

        assertThat(PlanTemplate.checkName("  Opening session ", items)).isEqualTo("Opening session");
        assertThatThrownBy(() -> PlanTemplate.checkName(" ", List.of()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.byField()).containsOnlyKeys("name", "items"));
        assertThatThrownBy(() -> new PlanTemplate.Item(new ExerciseId(1), null, 181))
                .isInstanceOf(ValidationException.class);
    }
}
