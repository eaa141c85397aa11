package org.mutual.domain.exercise;

import java.util.List;
import java.util.regex.Pattern;
import org.mutual.domain.base.ValidationException;

/**
 * The kinds of value a therapist records with a tap: a counter, yes/no, one of a few choices, a
 * scale, or a short text when nothing else fits.
 */
public enum FieldType {
    COUNTER, YES_NO, CHOICE, SCALE_0_10, SCALE_1_5, SHORT_TEXT;

    public static final int COUNTER_MAX = 999;
    public static final int SHORT_TEXT_MAX = 200;
    public static final String INVALID = "record.value.invalid";

    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");

    /**
     * The value in its stored form (integers without leading zeros, yes/no in lower case, text
     * trimmed).
     *
     * @throws ValidationException on {@code value} with {@code record.value.invalid} when the value
     *         does not fit this type
     */
    public String validate(String raw, List<String> choices) {
        String value = raw == null ? "" : raw.strip();
        boolean valid = switch (this) {
            case COUNTER -> inRange(value, 0, COUNTER_MAX);
            case YES_NO -> value.equals("yes") || value.equals("no");
            case CHOICE -> choices != null && choices.contains(value);
            case SCALE_0_10 -> inRange(value, 0, 10);
            case SCALE_1_5 -> inRange(value, 1, 5);
            case SHORT_TEXT -> !value.isEmpty() && value.length() <= SHORT_TEXT_MAX
                    && value.chars().noneMatch(Character::isISOControl);
        };
        if (!valid) {
            throw ValidationException.of("value", INVALID);
        }
        return isNumeric() ? Integer.toString(Integer.parseInt(value)) : value;
    }

    /** Counters and scales: stored as integers, a counter can be tapped up and down. */
    public boolean isNumeric() {
        return this == COUNTER || this == SCALE_0_10 || this == SCALE_1_5;
    }

    public boolean isScale() {
        return this == SCALE_0_10 || this == SCALE_1_5;
    }

    private static boolean inRange(String value, int min, int max) {
        if (!DIGITS.matcher(value).matches()) {
            return false;
        }
        int n = Integer.parseInt(value);
        return n >= min && n <= max;
    }
}
