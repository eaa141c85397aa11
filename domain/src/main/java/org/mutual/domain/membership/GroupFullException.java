package org.mutual.domain.membership;

import java.time.LocalDate;
import org.mutual.domain.group.GroupId;

/**
 * Admitting the client would put more members in the group than its capacity on {@code fullOn}
 * (the earliest such day, possibly in the future). A failure of its own rather than a validation
 * error, so the UI can offer the waitlist instead of a field message.
 */
public final class GroupFullException extends RuntimeException {

    /** Translation key for the message; arguments are {@link #fullOn()} and {@link #capacity()}. */
    public static final String MESSAGE_KEY = "membership.group-full";

    private final GroupId group;
    private final LocalDate fullOn;
    private final int capacity;

    public GroupFullException(GroupId group, LocalDate fullOn, int capacity) {
        super("group " + group + " is full on " + fullOn + " (capacity " + capacity + ")");
        this.group = group;
        this.fullOn = fullOn;
        this.capacity = capacity;
    }

    public GroupId group() {
        return group;
    }

    public LocalDate fullOn() {
        return fullOn;
    }

    public int capacity() {
        return capacity;
    }
}
