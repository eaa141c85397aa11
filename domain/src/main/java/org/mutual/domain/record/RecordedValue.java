package org.mutual.domain.record;

import java.time.Instant;
import org.mutual.domain.user.UserId;

/**
 * One recorded value of one planned exercise: about {@code subject} (see {@link Subject}), for the
 * exercise's field {@code fieldKey}, as last set by {@code by} at {@code at}.
 */
public record RecordedValue(String subject, String fieldKey, String value, Instant at, UserId by) {
}
