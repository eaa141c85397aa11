package org.mutual.domain.reminder;

/** What a reminder is about; with its subject, recipient and day it names one reminder. */
public enum ReminderKind {
    /** To a member, the day before a session of their group. */
    SESSION_TOMORROW,
    /** To a client, the day before and on the day their homework is due, while it is still open. */
    HOMEWORK_DUE,
    /** To a therapist, once a day: homework to review and notes left unsigned. */
    THERAPIST_DIGEST
}
