package org.mutual.domain.measure;

/** A response is pending (possibly partly answered) until the client submits it; submitted is final. */
public enum ResponseStatus {
    PENDING, SUBMITTED
}
