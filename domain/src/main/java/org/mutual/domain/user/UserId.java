package org.mutual.domain.user;

/** Identifies an account. */
public record UserId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
