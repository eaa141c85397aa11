package org.mutual.domain.user;

import org.mutual.domain.base.Validator;

/**
 * A password someone chose for their account, checked against Mutual's rules: 12 to 128 characters
 * and not one character repeated. Length rather than character classes, because a few unrelated
 * words are easier to remember and harder to guess than a short mix of symbols. The value is kept as
 * typed (spaces count) and never shown by {@link #toString()}.
 */
public final class NewPassword {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final String value;

    private NewPassword(String value) {
        this.value = value;
    }

    /**
     * Checks a password and its repetition; fails with every broken rule at once, on the fields
     * {@code password} and {@code repeat}.
     */
    public static NewPassword of(String password, String repeat) {
        String value = password == null ? "" : password;
        int length = value.codePointCount(0, value.length());
        Validator v = new Validator();
        if (value.isEmpty()) {
            v.require(false, "password", "validation.required");
        } else {
            v.require(length >= MIN_LENGTH, "password", "validation.password-too-short", MIN_LENGTH);
            v.require(length <= MAX_LENGTH, "password", "validation.too-long", MAX_LENGTH);
            v.require(value.codePoints().distinct().count() > 1, "password", "validation.password-one-character");
            v.require(value.codePoints().noneMatch(Character::isISOControl) && Validator.isStorable(value), "password",
                    "validation.control-characters");
            v.require(value.equals(repeat), "repeat", "validation.password-mismatch");
        }
        v.throwIfInvalid();
        return new NewPassword(value);
    }

    /** The password as typed, for the hasher only. */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return "NewPassword[***]";
    }
}
