package org.mutual.domain.record;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.plan.PlanItemId;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.UserId;

/**
 * Port: recorded values and observations. Values are written by taps from more than one device at
 * once, so every write is atomic on its own and safe to repeat.
 */
public interface RecordRepository {

    /**
     * The record of every planned exercise of the session, in plan order, in one query; an exercise
     * nothing was recorded for yet has no values, a null observation and version 0.
     */
    List<ExerciseRecord> values(SessionId session);

    /** {@link #values} with each planned exercise, its fields and their choices, still in one query. */
    List<RecordedExercise> recordsWithExercises(SessionId session);

    /** What a write to the plan item's record is checked against, in one query; empty without such an item. */
    Optional<RecordTarget> target(PlanItemId item);

    /**
     * Creates or replaces one value. Setting the value it already has changes nothing and returns
     * false; returns true when a value was created or changed.
     */
    boolean setValue(PlanItemId item, String subject, String fieldKey, String value, UserId by, Instant at);

    /**
     * Adds {@code delta} (which may be negative) to a counter in one statement, so taps from two
     * devices are never lost; a missing counter starts at 0, and the result stays within 0–999.
     * Returns the counter's new value.
     */
    int increment(PlanItemId item, String subject, String fieldKey, int delta, UserId by, Instant at);

    /** Appends turn n + 1 by {@code client} with {@code value} in {@code fieldKey}; returns n + 1. */
    int addTurn(PlanItemId item, ClientId client, String fieldKey, String value, UserId by, Instant at);

    /** Removes the latest turn; returns false when there was none. */
    boolean removeLastTurn(PlanItemId item);

    /**
     * Stores the observation (null clears it) and returns the new version.
     *
     * @throws org.mutual.domain.base.ConcurrentEditException when the stored version is not
     *         {@code expectedVersion} (0 when none was written yet); nothing is written then
     */
    int setObservation(PlanItemId item, String text, int expectedVersion);

    /**
     * Everything recorded about one client in sessions of the given groups, oldest first, in one
     * query: values about the client alone, about a pair they were in, and their turns.
     */
    List<ClientRecordValue> valuesAbout(ClientId client, Collection<GroupId> groups);
}
