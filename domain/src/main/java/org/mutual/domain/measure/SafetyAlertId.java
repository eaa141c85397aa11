package org.mutual.domain.measure;

/** Identifies one safety alert. */
public record SafetyAlertId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
