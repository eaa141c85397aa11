package org.mutual.domain.base;

/** Someone else saved the record since it was read; the caller's change was not written. */
public final class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String recordType, Object recordId) {
        super(recordType + " " + recordId + " was changed by someone else");
    }
}
