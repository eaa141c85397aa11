package org.mutual.domain.session;

/** A session is planned until it is held or cancelled; both of those are final. */
public enum SessionStatus {
    PLANNED, HELD, CANCELLED
}
