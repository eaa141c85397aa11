package org.mutual.domain.group;

import java.time.Instant;
import org.mutual.domain.user.UserId;

/** A therapy group as stored. {@code version} guards concurrent edits. */
public record Group(GroupId id, String name, String focus, String description, int capacity,
                    GroupStatus status, UserId leadFacilitator, Instant createdAt, int version) {
}
