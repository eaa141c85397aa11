package org.mutual.domain.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.session.SessionId;

/**
 * The ordered exercises of one session and how they fit its length. A plan may run over (the
 * therapist decides what to cut); {@link #overrunMinutes()} says by how much. Every change returns a
 * new plan with positions renumbered from 1.
 */
public record SessionPlan(SessionId session, List<PlanItem> items, Duration sessionLength) {

    public static final int MAX_ITEMS = 20;

    public SessionPlan {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(sessionLength, "sessionLength");
        List<PlanItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(PlanItem::position));
        items = IntStream.range(0, sorted.size()).mapToObj(i -> sorted.get(i).at(i + 1)).toList();
    }

    public int totalMinutes() {
        return items.stream().mapToInt(PlanItem::minutes).sum();
    }

    /** How many minutes the time boxes exceed the session; 0 when they fit. */
    public int overrunMinutes() {
        return (int) Math.max(0, totalMinutes() - sessionLength.toMinutes());
    }

    public boolean overruns() {
        return overrunMinutes() > 0;
    }

    public List<PlanItemId> order() {
        return items.stream().map(PlanItem::id).toList();
    }

    /**
     * The plan with the exercise appended.
     *
     * @throws ValidationException with {@code plan.too-many-items} beyond {@value #MAX_ITEMS} items
     *         or {@code validation.range} for minutes outside 1–180
     */
    public SessionPlan add(ExerciseId exercise, String title, int minutes) {
        if (items.size() >= MAX_ITEMS) {
            throw ValidationException.of("items", "plan.too-many-items", MAX_ITEMS);
        }
        List<PlanItem> next = new ArrayList<>(items);
        next.add(new PlanItem(null, session, exercise, title, items.size() + 1, PlanItem.checkMinutes(minutes)));
        return new SessionPlan(session, next, sessionLength);
    }

    public SessionPlan remove(PlanItemId item) {
        int index = indexOf(item);
        List<PlanItem> next = new ArrayList<>(items);
        next.remove(index);
        return renumbered(next);
    }

    /** Moves the item to {@code newIndex} (0 is first); the others keep their order. */
    public SessionPlan move(PlanItemId item, int newIndex) {
        int index = indexOf(item);
        if (newIndex < 0 || newIndex >= items.size()) {
            throw ValidationException.of("position", "plan.position-out-of-range");
        }
        List<PlanItem> next = new ArrayList<>(items);
        next.add(newIndex, next.remove(index));
        return renumbered(next);
    }

    /** One place earlier; the first item stays first. */
    public SessionPlan moveUp(PlanItemId item) {
        return move(item, Math.max(0, indexOf(item) - 1));
    }

    /** One place later; the last item stays last. */
    public SessionPlan moveDown(PlanItemId item) {
        return move(item, Math.min(items.size() - 1, indexOf(item) + 1));
    }

    public SessionPlan withMinutes(PlanItemId item, int minutes) {
        int index = indexOf(item);
        List<PlanItem> next = new ArrayList<>(items);
        next.set(index, items.get(index).withMinutes(minutes));
        return new SessionPlan(session, next, sessionLength);
    }

    public PlanItem item(PlanItemId item) {
        return items.get(indexOf(item));
    }

    private SessionPlan renumbered(List<PlanItem> ordered) {
        List<PlanItem> positioned = IntStream.range(0, ordered.size()).mapToObj(i -> ordered.get(i).at(i + 1)).toList();
        return new SessionPlan(session, positioned, sessionLength);
    }

    private int indexOf(PlanItemId item) {
        for (int i = 0; i < items.size(); i++) {
            if (Objects.equals(items.get(i).id(), item)) {
                return i;
            }
        }
        throw ValidationException.of("item", "plan.item-missing");
    }
}
