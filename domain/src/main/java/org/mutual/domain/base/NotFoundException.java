package org.mutual.domain.base;

/** No record with this id exists. */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String recordType, Object recordId) {
        super(recordType + " " + recordId + " not found");
    }
}
