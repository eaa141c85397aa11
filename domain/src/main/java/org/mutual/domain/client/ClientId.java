package org.mutual.domain.client;

/** Identifies a client (a group member or someone invited to become one). */
public record ClientId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
