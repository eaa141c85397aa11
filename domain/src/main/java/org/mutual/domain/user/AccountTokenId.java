package org.mutual.domain.user;

/** Identifies a stored one-time link (never the secret itself). */
public record AccountTokenId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
