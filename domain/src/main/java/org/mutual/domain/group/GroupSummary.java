package org.mutual.domain.group;

/** A row of the group list. */
public record GroupSummary(GroupId id, String name, String focus, int capacity, GroupStatus status,
                           String leadFacilitatorName) {
}
