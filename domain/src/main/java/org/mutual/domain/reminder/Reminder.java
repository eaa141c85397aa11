package org.mutual.domain.reminder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.Language;
import org.mutual.domain.user.UserId;

/**
 * A reminder due to go out: whom to write to and the little it may say. None carries a client's
 * name, a homework's title or anything written in Mutual: the reader opens Mutual for that.
 */
public sealed interface Reminder {

    ReminderKey key();

    /** The address to write to. */
    String email();

    /** The language to write in. */
    Language language();

    /** To a member: their group meets tomorrow at {@code startsAt} (practice time), at {@code place} or online. */
    record SessionTomorrow(SessionId session, ClientId client, String email, Language language, LocalDate day,
                           LocalDateTime startsAt, String place) implements Reminder {
        @Override
        public ReminderKey key() {
            return new ReminderKey(ReminderKind.SESSION_TOMORROW, session.value(), client.value(), day);
        }

        /** Whether the session is online only (no room). */
        public boolean online() {
            return place == null;
        }
    }

    /** To a client: a homework of theirs is due on {@code dueOn} (tomorrow or today) and still open. */
    record HomeworkDue(HomeworkId homework, ClientId client, String email, Language language, LocalDate day,
                       LocalDate dueOn) implements Reminder {
        @Override
        public ReminderKey key() {
            return new ReminderKey(ReminderKind.HOMEWORK_DUE, homework.value(), client.value(), day);
        }

        public boolean dueToday() {
            return dueOn.equals(day);
        }
    }

    /** To a therapist: how many homework submissions wait for review and how many notes are unsigned. */
    record TherapistDigest(UserId therapist, String email, Language language, LocalDate day, int toReview,
                           int unsignedNotes) implements Reminder {
        @Override
        public ReminderKey key() {
            return new ReminderKey(ReminderKind.THERAPIST_DIGEST, therapist.value(), therapist.value(), day);
        }
    }
}
