package org.mutual.domain.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.user.Language;
import org.mutual.domain.user.UserId;

/** Port: what reminders are made from, the record of those sent, and each client's choice. */
public interface ReminderRepository {

    /**
     * One row per session starting in [{@code from}, {@code to}) and membership period of its group
     * (whatever the session's or the membership's status: the plan decides), in one query.
     */
    List<SessionSeat> sessionSeats(Instant from, Instant to);

    /**
     * Homework still assigned (not yet submitted) and due between {@code from} and {@code to}
     * inclusive, of clients who are active members of the homework's group on {@code memberOn}, in
     * one query.
     */
    List<OpenHomework> openHomework(LocalDate from, LocalDate to, LocalDate memberOn);

    /**
     * Every active therapist with homework submitted and not yet reviewed in the groups they
     * facilitate, or draft notes there of sessions that started before {@code notesBefore}; in one query.
     */
    List<TherapistWork> therapistWork(Instant notesBefore);

    /**
     * Records the reminder as sent at {@code at}; false when it already was (by this instance or
     * another), and then it must not be sent.
     */
    boolean claim(ReminderKey key, Instant at);

    /** Forgets a claim whose mail could not be sent, so that a later run tries again. */
    void release(ReminderKey key);

    /** Whether the client wants e-mail reminders (true unless they or their therapist turned them off). */
    boolean remindersOn(ClientId client);

    void setRemindersOn(ClientId client, boolean on);

    /**
     * A member's seat at a session: the session, and the member as the reminder needs them (their
     * language is their login's choice, English without one).
     */
    record SessionSeat(SessionId session, Instant startsAt, SessionStatus sessionStatus, String place,
                       ClientId client, String email, Language language, boolean remindersOn,
                       MembershipStatus membership, LocalDate joinedOn, LocalDate leftOn) {
    }

    /** A homework not yet handed in, and its client as the reminder needs them. */
    record OpenHomework(HomeworkId homework, ClientId client, String email, Language language, boolean remindersOn,
                        LocalDate dueOn) {
    }

    /** What waits for a therapist: submissions to review and unsigned notes of older sessions. */
    record TherapistWork(UserId therapist, String email, Language language, int toReview, int unsignedNotes) {
    }
}
