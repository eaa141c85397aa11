package org.mutual.domain.note;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupAccess;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.membership.Memberships;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionRepository;
import org.mutual.domain.user.AppUser;

/**
 * Writing, signing and reading session notes. Notes are confidential: only the facilitators of the
 * session's group may read or write them (an admin is refused unless they also facilitate, and the
 * refusal is audited), and every read and write is audited. A progress note is only for a member on
 * the session's roster.
 *
 * <p>Two facilitators may edit one draft at once; the second save fails with a
 * {@link org.mutual.domain.base.ConcurrentEditException} and {@link #latest} gives the stored text to
 * show beside theirs.
 */
public final class NoteService {

    static final String RECORD = "note";

    private final NoteRepository notes;
    private final SessionRepository sessions;
    private final MembershipRepository memberships;
    private final GroupAccess access;
    private final Audit audit;
    private final Transactions tx;
    private final Clock clock;
    private final ZoneId zone;

    public NoteService(NoteRepository notes, SessionRepository sessions, MembershipRepository memberships,
                       GroupAccess access, Audit audit, Transactions tx, Clock clock, ZoneId practiceZone) {
        this.notes = notes;
        this.sessions = sessions;
        this.memberships = memberships;
        this.access = access;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.zone = practiceZone;
    }

    /** Every note of the session with its addenda, group note first. */
    public List<Note> notes(SessionId id) {
        Session session = loadSession(id);
        access.requireFacilitator(session.group(), "note.read", RECORD, "session:" + id);
        List<Note> found = notes.find(id);
        audit.allowed("note.read", RECORD, "session:" + id);
        return found;
    }

    /** The stored group note ({@code client} null) or progress note, as it is now. */
    public Optional<Note> latest(SessionId id, ClientId client) {
        Session session = loadSession(id);
        access.requireFacilitator(session.group(), "note.read", RECORD, "session:" + id);
        Optional<Note> found = notes.find(id).stream().filter(n -> Objects.equals(n.client(), client)).findFirst();
        audit.allowed("note.read", RECORD, found.map(n -> "note:" + n.id()).orElse("session:" + id));
        return found;
    }

    /**
     * Starts the group note ({@code client} null) or a member's progress note, or saves new text into
     * the draft that exists, and returns the stored note.
     *
     * @throws org.mutual.domain.base.ConcurrentEditException when the draft changed since
     *         {@code expectedVersion} was read
     * @throws ValidationException with {@code note.signed} when the note is already signed, or on
     *         {@code client} with {@code note.client-not-on-roster}
     */
    public Note saveDraft(SessionId id, ClientId client, String text, int expectedVersion) {
        Session session = loadSession(id);
        AppUser user = access.requireFacilitator(session.group(), "note.write", RECORD, "session:" + id);
        if (client != null && !onRoster(session, client)) {
            throw ValidationException.of("client", "note.client-not-on-roster");
        }
        Optional<Note> existing = notes.find(id).stream().filter(n -> Objects.equals(n.client(), client)).findFirst();
        NoteId saved = tx.inTransaction(() -> {
            NoteId noteId;
            if (existing.isPresent()) {
                noteId = existing.get().id();
                notes.update(existing.get().edit(text, user.id(), clock.instant()), expectedVersion);
            } else {
                noteId = notes.create(Note.draft(id, client, text, user.id(), clock.instant()));
            }
            audit.allowed("note.write", RECORD, "note:" + noteId);
            return noteId;
        });
        return load(saved);
    }

    /**
     * Signs the note; from then on it only takes addenda.
     *
     * @throws ValidationException with {@code note.signed} or {@code note.empty}
     */
    public Note sign(NoteId id, int expectedVersion) {
        Note note = load(id);
        AppUser user = requireFacilitator(note, "note.sign");
        Note signed = note.sign(user.id(), clock.instant());
        tx.run(() -> {
            notes.update(signed, expectedVersion);
            audit.allowed("note.sign", RECORD, "note:" + id);
        });
        return load(id);
    }

    /**
     * Adds a dated addendum to a signed note.
     *
     * @throws ValidationException with {@code note.addendum-needs-signed} for a draft
     */
    public Note addAddendum(NoteId id, String text) {
        Note note = load(id);
        AppUser user = requireFacilitator(note, "note.addendum");
        Addendum addendum = note.addendum(Addendum.of(text, user.id(), clock.instant()));
        tx.run(() -> {
            notes.addAddendum(id, addendum);
            audit.allowed("note.addendum", RECORD, "note:" + id);
        });
        return load(id);
    }

    private AppUser requireFacilitator(Note note, String action) {
        Session session = loadSession(note.session());
        return access.requireFacilitator(session.group(), action, RECORD, "note:" + note.id());
    }

    private boolean onRoster(Session session, ClientId client) {
        return Memberships.of(session.group(), Integer.MAX_VALUE, memberships.periodsOfGroup(session.group()))
                .rosterAt(session.localDate(zone)).stream().anyMatch(p -> p.client().equals(client));
    }

    private Note load(NoteId id) {
        return notes.findById(id).orElseThrow(() -> new NotFoundException(RECORD, id));
    }

    private Session loadSession(SessionId id) {
        return sessions.find(id).orElseThrow(() -> new NotFoundException("session", id));
    }
}
