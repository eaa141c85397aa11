package org.mutual.domain.plan;

/** Identifies a therapist's plan template. */
public record PlanTemplateId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
