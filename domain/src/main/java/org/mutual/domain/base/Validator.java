package org.mutual.domain.base;

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
        // Line breaks and tabs are text; other control characters (NUL among them) are not.
        boolean clean = value.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
        require(clean, field, "validation.control-characters");
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
