package org.mutual.domain.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.schedule.WeeklySlot;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.user.UserId;

/** Port: sessions and the weekly series they come from. Sessions are cancelled, never deleted. */
public interface SessionRepository {

    /** Stores the slot a series was generated from, so it can be shown and rescheduled later. */
    SeriesId newSeries(GroupId group, WeeklySlot slot);

    Optional<WeeklySlot> slotOf(SeriesId series);

    /**
     * Records the series' new slot after {@link WeeklySeries#reschedule}; the changed sessions are
     * stored with {@link #update}.
     */
    void updateSlot(SeriesId series, WeeklySlot slot);

    /**
     * Stores one planned session per occurrence, all at {@code location}. {@code series} is null for
     * stand-alone sessions. Returns the ids in the order of {@code occurrences}.
     */
    List<SessionId> createAll(GroupId group, SeriesId series, List<Occurrence> occurrences,
                              SessionLocation location);

    Optional<Session> find(SessionId id);

    /** The session with its group's name, in one query. */
    Optional<SessionOverview> overview(SessionId id);

    /**
     * Stores the session's times, location, status, reason and moved flag and increments its version.
     *
     * @throws org.mutual.domain.base.ConcurrentEditException when the stored version is not
     *         {@code expectedVersion}; nothing is written then
     */
    void update(Session session, int expectedVersion);

    /** The group's sessions starting in [{@code from}, {@code to}), earliest first. */
    List<Session> sessionsOfGroup(GroupId group, Instant from, Instant to);

    /** Every session of the series, earliest first. */
    List<Session> sessionsOfSeries(SeriesId series);

    /** Sessions of every group the therapist facilitates, between the two instants, by start time. */
    List<Session> sessionsOfFacilitator(UserId therapist, Instant from, Instant to);
}
