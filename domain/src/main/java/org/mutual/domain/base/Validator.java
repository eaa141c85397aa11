package org.mutual.domain.base;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one input before failing, so a form shows all messages at once. */
public final class Validator {

    private final List<ValidationException.FieldError> errors = new ArrayList<>();

    public Validator require(boolean condition, String field, String messageKey, Object... args) {
        if (!condition) {
            errors.add(new ValidationException.FieldError(field, messageKey, args));
        }
        return this;
    }

    /** Trimmed text that must be present and at most {@code max} characters long. */
    public String requiredText(String value, String field, int max) {
        String trimmed = value == null ? "" : value.strip();
        require(!trimmed.isEmpty(), field, "validation.required");
        require(trimmed.length() <= max, field, "validation.too-long", max);
        checkControlCharacters(trimmed, field);
        return trimmed;
    }

    /** Trimmed text that may be empty (stored as null) and at most {@code max} characters long. */
    public String optionalText(String value, String field, int max) {
        String trimmed = value == null ? "" : value.strip();
        require(trimmed.length() <= max, field, "validation.too-long", max);
        checkControlCharacters(trimmed, field);
        return trimmed.isEmpty() ? null : trimmed;
    }

    private void checkControlCharacters(String value, String field) {
        require(isStorable(value), field, "validation.control-characters");
    }

    /**
     * Whether text can be stored and shown as it is: line breaks and tabs are text; other control
     * characters (NUL among them) are not, and neither is half of a surrogate pair, which UTF-8 can't
     * encode (PostgreSQL would store a question mark in its place).
     */
    public static boolean isStorable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The earliest date a form takes: anything earlier is a typing slip (or an attack), not a record. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date a form takes; both databases store it, and no appointment is that far away. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);

    /** A date, when present, must lie between {@link #EARLIEST_DATE} and {@link #LATEST_DATE}. */
    public Validator dateInRange(LocalDate value, String field) {
        return require(value == null || (!value.isBefore(EARLIEST_DATE) && !value.isAfter(LATEST_DATE)), field,
                "validation.date-range", EARLIEST_DATE, LATEST_DATE);
    }

    /** As {@link #dateInRange}, failing at once; for a service method with a single date. */
    public static void requireDateInRange(LocalDate value, String field) {
        new Validator().dateInRange(value, field).throwIfInvalid();
    }

    /**
     * Builds a value with its own validation and keeps its errors with these, so one failure reports
     * every broken rule of a form. Returns null when the value was invalid.
     */
    public <T> T attempt(java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
