package org.mutual.domain.group;

import java.time.Instant;
import java.util.Objects;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.schedule.WeeklySlot;
import org.mutual.domain.user.UserId;

/**
 * A therapy group as stored: its details, life-cycle status, lead facilitator and the defaults new
 * sessions start from (weekly slot, place or video link; either may be unset). {@code version}
 * guards concurrent edits.
 */
public record Group(GroupId id, String name, String focus, String description, int capacity,
                    GroupStatus status, UserId leadFacilitator, WeeklySlot defaultSlot,
                    SessionLocation defaultLocation, Instant createdAt, int version) {

    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }

    public GroupDraft details() {
        return new GroupDraft(name, focus, description, capacity);
    }

    public Group withDetails(GroupDraft draft) {
        return new Group(id, draft.name(), draft.focus(), draft.description(), draft.capacity(), status,
                leadFacilitator, defaultSlot, defaultLocation, createdAt, version);
    }

    public Group withDefaults(WeeklySlot slot, SessionLocation location) {
        return new Group(id, name, focus, description, capacity, status, leadFacilitator, slot, location,
                createdAt, version);
    }

    /** Forming → active → closed; a closed group stays closed (its records are history). */
    public Group withStatus(GroupStatus next) {
        Objects.requireNonNull(next, "next");
        if (next == status) {
            return this;
        }
        boolean allowed = switch (status) {
            case FORMING -> next == GroupStatus.ACTIVE || next == GroupStatus.CLOSED;
            case ACTIVE -> next == GroupStatus.CLOSED;
            case CLOSED -> false;
        };
        if (!allowed) {
            throw ValidationException.of("status", "group.status.transition");
        }
        return new Group(id, name, focus, description, capacity, next, leadFacilitator, defaultSlot,
                defaultLocation, createdAt, version);
    }
}
