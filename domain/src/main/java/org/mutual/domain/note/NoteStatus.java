package org.mutual.domain.note;

/** A note is a draft until it is signed; signing is final. */
public enum NoteStatus {
    DRAFT, SIGNED
}
