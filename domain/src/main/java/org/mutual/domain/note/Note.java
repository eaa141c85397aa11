package org.mutual.domain.note;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.base.Validator;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.UserId;

/**
 * A session note: the group note ({@code client} null) or a member's progress note. Text is free
 * while the note is a draft; once signed it never changes and {@link Addendum addenda} carry
 * corrections. {@code id} is null before it is stored; {@code version} guards concurrent edits.
 */
public record Note(NoteId id, SessionId session, ClientId client, String text, NoteStatus status, UserId author,
                   Instant updatedAt, UserId signedBy, Instant signedAt, int version, List<Addendum> addenda) {

    public static final int TEXT_MAX = 20000;

    public Note {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(author, "author");
        addenda = addenda == null ? List.of() : List.copyOf(addenda);
    }

    /** A new draft, not yet stored. */
    public static Note draft(SessionId session, ClientId client, String text, UserId author, Instant at) {
        return new Note(null, session, client, checkText(text), NoteStatus.DRAFT, author, at, null, null, 0,
                List.of());
    }

    public boolean isGroupNote() {
        return client == null;
    }

    public boolean isSigned() {
        return status == NoteStatus.SIGNED;
    }

    /**
     * New draft text.
     *
     * @throws ValidationException with {@code note.signed} for a signed note
     */
    public Note edit(String newText, UserId by, Instant at) {
        refuseSigned();
        return new Note(id, session, client, checkText(newText), status, by, at, null, null, version, addenda);
    }

    /**
     * Signs the note; from then on it never changes.
     *
     * @throws ValidationException with {@code note.signed} when it is already signed and
     *         {@code note.empty} when there is nothing to sign
     */
    public Note sign(UserId by, Instant at) {
        refuseSigned();
        if (text.isBlank()) {
            throw ValidationException.of("text", "note.empty");
        }
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        return new Note(id, session, client, text, NoteStatus.SIGNED, author, updatedAt, by, at, version, addenda);
    }

    /**
     * Checks that {@code addendum} may be added: only a signed note takes addenda (a draft is simply
     * edited).
     *
     * @throws ValidationException with {@code note.addendum-needs-signed} for a draft
     */
    public Addendum addendum(Addendum addendum) {
        if (!isSigned()) {
            throw ValidationException.of("text", "note.addendum-needs-signed");
        }
        return addendum;
    }

    private void refuseSigned() {
        if (isSigned()) {
            throw ValidationException.of("text", "note.signed");
        }
    }

    private static String checkText(String text) {
        // A draft may be empty (a placeholder started in the room); signing refuses that.
        Validator v = new Validator();
        String clean = v.optionalText(text, "text", TEXT_MAX);
        v.throwIfInvalid();
        return clean == null ? "" : clean;
    }
}
