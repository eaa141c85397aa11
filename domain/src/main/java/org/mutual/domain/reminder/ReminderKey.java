package org.mutual.domain.reminder;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One reminder as the record of sent reminders knows it: its kind, the id of what it is about (a
 * session, a homework, the therapist for a digest), the id of who receives it (a client, or a
 * therapist's account) and the practice day it is sent on. Sent at most once.
 */
public record ReminderKey(ReminderKind kind, long subject, long recipient, LocalDate day) {

    public ReminderKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(day, "day");
    }
}
