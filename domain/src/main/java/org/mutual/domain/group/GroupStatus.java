package org.mutual.domain.group;

/** A group's life cycle: forming, then active, then closed. */
public enum GroupStatus {
    FORMING, ACTIVE, CLOSED
}
