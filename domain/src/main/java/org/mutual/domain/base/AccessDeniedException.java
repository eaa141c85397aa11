package org.mutual.domain.base;

/**
 * The current user may not see or change this record. Services audit the denial before throwing;
 * the message never contains the record's content.
 */
public final class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String recordType, Object recordId) {
        super("access denied to " + recordType + " " + recordId);
    }
}
