package org.mutual.domain.note;

/** Identifies a session note. */
public record NoteId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
