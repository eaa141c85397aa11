package org.mutual.domain.export;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.mutual.domain.session.SessionId;

/**
 * A session's plan as a handout for the group: the exercises in order with their goals, steps, prompts
 * and homework. It carries nothing clinical and no member's name, so it can be handed to anyone in the
 * room.
 */
public record PlanHandout(SessionId session, String groupName, String groupFocus, Instant startsAt,
                          Instant endsAt, List<Item> items) {

    public PlanHandout {
        Objects.requireNonNull(session, "session");
        items = List.copyOf(items);
    }

    /** One planned exercise; {@code prompts} and {@code homework} may be null. */
    public record Item(String title, String goal, String steps, String prompts, int minutes, String homework) {
    }
}
