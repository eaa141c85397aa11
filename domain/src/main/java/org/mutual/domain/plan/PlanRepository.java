package org.mutual.domain.plan;

import java.util.List;
import java.util.Optional;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.UserId;

/**
 * Port: session plans and plan templates. Writers that renumber positions serialise on the session,
 * so two facilitators editing one plan never leave two items at the same position.
 */
public interface PlanRepository {

    /** The session's items in order, with their exercises' titles, in one query. */
    List<PlanItem> items(SessionId session);

    Optional<PlanItem> item(PlanItemId id);

    /** Appends the exercise at the end of the session's plan. */
    PlanItemId add(SessionId session, ExerciseId exercise, int minutes);

    /** Removes the item and closes the gap it leaves. Does nothing when it is already gone. */
    void remove(PlanItemId id);

    /**
     * Rewrites the positions of the session's items to follow {@code order}, in one transaction.
     *
     * @throws org.mutual.domain.base.ConcurrentEditException when {@code order} is not exactly the
     *         session's items (someone added or removed one meanwhile); nothing is written then
     */
    void reorder(SessionId session, List<PlanItemId> order);

    void updateMinutes(PlanItemId id, int minutes);

    /** Replaces the plan of {@code to} with a copy of the plan of {@code from}. */
    void copyFrom(SessionId from, SessionId to);

    /** The group's latest session before this one that was not cancelled. */
    Optional<SessionId> previousSessionOf(SessionId session);

    /** Whether anything was recorded for the item (a value or an observation). */
    boolean hasRecords(PlanItemId id);

    /** Whether anything was recorded for any item of the session's plan. */
    boolean hasRecords(SessionId session);

    PlanTemplateId saveTemplate(String name, UserId owner, List<PlanTemplate.Item> items);

    /** The owner's templates by name, with their items and exercise titles, in one query. */
    List<PlanTemplate> templates(UserId owner);

    Optional<PlanTemplate> template(PlanTemplateId id);

    /** Replaces the session's plan with the template's items. */
    void applyTemplate(PlanTemplateId template, SessionId session);
}
