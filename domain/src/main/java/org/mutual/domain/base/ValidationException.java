package org.mutual.domain.base;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Input broke a rule. Carries one message key per offending field so a form can show each message
 * next to its field; nothing was saved.
 */
public final class ValidationException extends RuntimeException {

    /** One broken rule: the field it belongs to and a message key from the translation bundle. */
    public record FieldError(String field, String messageKey, Object... args) {
    }

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.messageKey()).collect(Collectors.joining(", ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String messageKey, Object... args) {
        return new ValidationException(List.of(new FieldError(field, messageKey, args)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The first error per field, for forms that show one message per field. */
    public Map<String, FieldError> byField() {
        return errors.stream().collect(Collectors.toMap(FieldError::field, e -> e, (a, b) -> a));
    }
}
