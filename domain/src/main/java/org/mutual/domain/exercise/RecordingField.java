package org.mutual.domain.exercise;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.base.Validator;

/**
 * One thing a therapist records when the group does an exercise. {@code key} names the value in
 * stored records and never changes once records use it; {@code choices} are only for
 * {@link FieldType#CHOICE}.
 */
public record RecordingField(String key, String label, FieldType type, List<String> choices, RecordingScope scope) {

    public static final int LABEL_MAX = 80;
    public static final int CHOICE_MAX = 40;
    public static final int MIN_CHOICES = 2;
    public static final int MAX_CHOICES = 12;
    private static final Pattern KEY = Pattern.compile("[a-z_]{1,40}");

    public RecordingField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(scope, "scope");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** Checks every rule and fails with all broken ones at once. */
    public static RecordingField of(String key, String label, FieldType type, List<String> choices,
                                    RecordingScope scope) {
        Validator v = new Validator();
        v.require(key != null && KEY.matcher(key).matches(), "key", "exercise.field.key");
        String cleanLabel = v.requiredText(label, "label", LABEL_MAX);
        v.require(type != null, "type", "validation.required");
        v.require(scope != null, "scope", "validation.required");
        List<String> cleanChoices = choices == null ? List.of()
                : choices.stream().map(c -> c == null ? "" : c.strip()).toList();
        if (type == FieldType.CHOICE) {
            v.require(cleanChoices.size() >= MIN_CHOICES && cleanChoices.size() <= MAX_CHOICES, "choices",
                    "exercise.field.choice-count", MIN_CHOICES, MAX_CHOICES);
            v.require(cleanChoices.stream().noneMatch(c -> c.isEmpty() || c.length() > CHOICE_MAX
                    || c.chars().anyMatch(Character::isISOControl)), "choices", "exercise.field.choice-text", CHOICE_MAX);
            v.require(new HashSet<>(cleanChoices).size() == cleanChoices.size(), "choices",
                    "exercise.field.choice-duplicate");
        } else {
            v.require(cleanChoices.isEmpty(), "choices", "exercise.field.choices-only-for-choice");
        }
        v.require(scope != RecordingScope.TURN || type == null || type.isScale(), "type", "exercise.field.turn-scale");
        v.throwIfInvalid();
        return new RecordingField(key, cleanLabel, type, cleanChoices, scope);
    }

    public static RecordingField member(String key, String label, FieldType type, String... choices) {
        return of(key, label, type, List.of(choices), RecordingScope.MEMBER);
    }

    /** The value in its stored form; see {@link FieldType#validate}. */
    public String validate(String raw) {
        return type.validate(raw, choices);
    }

    static void requireValidSet(List<RecordingField> fields, Validator v) {
        v.require(fields.size() <= Exercise.MAX_FIELDS, "fields", "exercise.fields.too-many", Exercise.MAX_FIELDS);
        v.require(fields.stream().map(RecordingField::key).distinct().count() == fields.size(), "fields",
                "exercise.fields.duplicate-key");
        // A turn is one tap with one value, so there is one field to put it in.
        v.require(fields.stream().filter(f -> f.scope() == RecordingScope.TURN).count() <= 1, "fields",
                "exercise.fields.one-turn-field");
    }

    /** @throws ValidationException when the fields can't be recorded together */
    static List<RecordingField> checked(List<RecordingField> fields) {
        Validator v = new Validator();
        requireValidSet(fields, v);
        v.throwIfInvalid();
        return fields;
    }
}
