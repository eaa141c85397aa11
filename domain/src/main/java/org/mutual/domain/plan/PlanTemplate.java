package org.mutual.domain.plan;

import java.util.List;
import java.util.Objects;
import org.mutual.domain.base.Validator;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.user.UserId;

/** A therapist's reusable plan: exercises and time boxes in order, applied to a session as a copy. */
public record PlanTemplate(PlanTemplateId id, String name, UserId owner, List<Item> items) {

    public static final int NAME_MAX = 120;

    /** One exercise of a template; {@code exerciseTitle} is read along for display and may be null. */
    public record Item(ExerciseId exercise, String exerciseTitle, int minutes) {

        public Item {
            Objects.requireNonNull(exercise, "exercise");
            PlanItem.checkMinutes(minutes);
        }
    }

    public PlanTemplate {
        Objects.requireNonNull(owner, "owner");
        items = List.copyOf(items);
    }

    /** Checks the name and the item count; fails with every broken rule at once. */
    public static String checkName(String name, List<Item> items) {
        Validator v = new Validator();
        String clean = v.requiredText(name, "name", NAME_MAX);
        v.require(!items.isEmpty(), "items", "plan.template-empty");
        v.require(items.size() <= SessionPlan.MAX_ITEMS, "items", "plan.too-many-items", SessionPlan.MAX_ITEMS);
        v.throwIfInvalid();
        return clean;
    }

    public int totalMinutes() {
        return items.stream().mapToInt(Item::minutes).sum();
    }
}
