package org.mutual.domain.calendar;

import java.time.Instant;

/**
 * A freshly issued feed link. The token is shown once, here; only its hash is stored, so it can't
 * be shown again, only replaced. {@link #toString()} never shows it.
 */
public record IssuedFeedLink(String token, Instant createdAt) {

    @Override
    public String toString() {
        return "IssuedFeedLink[createdAt=" + createdAt + "]";
    }
}
