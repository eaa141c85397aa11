package org.mutual.domain.note;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.session.SessionId;

/**
 * Port: session notes and their addenda. Notes are never deleted; a signed note is never updated
 * (the storage refuses it as well).
 */
public interface NoteRepository {

    /** Every note of the session with its addenda, group note first, in one query. */
    List<Note> find(SessionId session);

    Optional<Note> findById(NoteId id);

    /**
     * Stores a new draft.
     *
     * @throws org.mutual.domain.base.ConcurrentEditException when the session already has this note
     *         (someone else started it meanwhile); nothing is written then
     */
    NoteId create(Note note);

    /**
     * Stores text, author, time and signature and increments the version.
     *
     * @throws org.mutual.domain.base.ConcurrentEditException when the stored version is not
     *         {@code expectedVersion} or the stored note is already signed; nothing is written then
     * @throws org.mutual.domain.base.NotFoundException when there is no such note
     */
    void update(Note note, int expectedVersion);

    /** Appends an addendum to the note. */
    AddendumId addAddendum(NoteId note, Addendum addendum);

    /** The signed progress notes about a client from sessions of the given groups, oldest first, in one query. */
    List<Note> signedNotesAbout(ClientId client, Collection<GroupId> groups);
}
