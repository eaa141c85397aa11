package org.mutual.domain.homework;

/** Identifies one member's homework. */
public record HomeworkId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
