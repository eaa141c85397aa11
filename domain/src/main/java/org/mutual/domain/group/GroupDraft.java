package org.mutual.domain.group;

import org.mutual.domain.base.Validator;

/**
 * Validated fields of a group as a therapist enters them. Capacity is 1–30 (groups are typically
 * 6–12 members).
 */
public record GroupDraft(String name, String focus, String description, int capacity) {

    public static final int MIN_CAPACITY = 1;
    public static final int MAX_CAPACITY = 30;
    public static final int NAME_MAX = 120;
    public static final int FOCUS_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;

    /** Checks every field and fails with all broken rules at once. */
    public static GroupDraft of(String name, String focus, String description, Integer capacity) {
        Validator v = new Validator();
        String cleanName = v.requiredText(name, "name", NAME_MAX);
        String cleanFocus = v.requiredText(focus, "focus", FOCUS_MAX);
        String cleanDescription = v.optionalText(description, "description", DESCRIPTION_MAX);
        v.require(capacity != null, "capacity", "validation.required");
        v.require(capacity == null || (capacity >= MIN_CAPACITY && capacity <= MAX_CAPACITY),
                "capacity", "validation.range", MIN_CAPACITY, MAX_CAPACITY);
        v.throwIfInvalid();
        return new GroupDraft(cleanName, cleanFocus, cleanDescription, capacity);
    }
}
