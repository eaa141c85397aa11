package org.mutual.domain.exercise;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.base.Validator;

/**
 * Validated fields of an exercise as a therapist writes it. {@code practice} is optional for a
 * custom exercise (the practice it builds on, if any); steps and prompts are free text, one per line.
 */
public record ExerciseDraft(Practice practice, String title, String goal, String steps, String prompts,
                            int suggestedMinutes, String homeworkVariant, Set<BarrierPattern> helps,
                            List<RecordingField> fields) {

    public static final int TITLE_MAX = 120;
    public static final int GOAL_MAX = 600;
    public static final int STEPS_MAX = 4000;
    public static final int PROMPTS_MAX = 2000;
    public static final int HOMEWORK_MAX = 2000;
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 180;

    public ExerciseDraft {
        helps = copyOf(helps);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** Checks every field and fails with all broken rules at once. */
    public static ExerciseDraft of(Practice practice, String title, String goal, String steps, String prompts,
                                   Integer suggestedMinutes, String homeworkVariant, Set<BarrierPattern> helps,
                                   List<RecordingField> fields) {
        Validator v = new Validator();
        String cleanTitle = v.requiredText(title, "title", TITLE_MAX);
        String cleanGoal = v.requiredText(goal, "goal", GOAL_MAX);
        String cleanSteps = v.requiredText(steps, "steps", STEPS_MAX);
        String cleanPrompts = v.optionalText(prompts, "prompts", PROMPTS_MAX);
        String cleanHomework = v.optionalText(homeworkVariant, "homeworkVariant", HOMEWORK_MAX);
        v.require(suggestedMinutes != null, "suggestedMinutes", "validation.required");
        v.require(suggestedMinutes == null || (suggestedMinutes >= MIN_MINUTES && suggestedMinutes <= MAX_MINUTES),
                "suggestedMinutes", "validation.range", MIN_MINUTES, MAX_MINUTES);
        List<RecordingField> cleanFields = fields == null ? List.of() : List.copyOf(fields);
        RecordingField.requireValidSet(cleanFields, v);
        v.throwIfInvalid();
        return new ExerciseDraft(practice, cleanTitle, cleanGoal, cleanSteps, cleanPrompts, suggestedMinutes,
                cleanHomework, helps, cleanFields);
    }

    static Set<BarrierPattern> copyOf(Set<BarrierPattern> patterns) {
        // EnumSet keeps the documented order, which is the order the UI shows them in.
        return patterns == null || patterns.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(patterns));
    }
}
