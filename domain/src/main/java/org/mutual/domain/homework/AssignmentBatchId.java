package org.mutual.domain.homework;

/** Identifies one assign action: the homework it gave to one member or to every active member. */
public record AssignmentBatchId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
