package org.mutual.domain.reminder;

/** Port: delivers a reminder (by e-mail). */
public interface ReminderSender {

    /** Whether reminders can be delivered at all (a mail server is configured). */
    boolean available();

    /** Delivers the reminder; throws when delivery failed, so that a later run tries again. */
    void send(Reminder reminder);
}
