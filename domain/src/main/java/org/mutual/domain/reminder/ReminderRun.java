package org.mutual.domain.reminder;

/**
 * What one run of the reminders did: {@code sent} reminders went out, {@code alreadySent} had gone out
 * before (this instance or another), {@code failed} could not be delivered and are left for the next run.
 */
public record ReminderRun(int sent, int alreadySent, int failed) {

    public static final ReminderRun NOTHING = new ReminderRun(0, 0, 0);
}
