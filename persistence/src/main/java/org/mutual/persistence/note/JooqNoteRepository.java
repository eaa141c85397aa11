package org.mutual.persistence.note;

import static org.mutual.persistence.jooq.Tables.NOTE_ADDENDUM;
import static org.mutual.persistence.jooq.Tables.SESSION_NOTE;
import static org.mutual.persistence.jooq.Tables.THERAPY_SESSION;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.note.Addendum;
import org.mutual.domain.note.AddendumId;
import org.mutual.domain.note.Note;
import org.mutual.domain.note.NoteId;
import org.mutual.domain.note.NoteRepository;
import org.mutual.domain.note.NoteStatus;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.base.Inserts;
import org.mutual.persistence.base.Timestamps;
import org.springframework.stereotype.Repository;

@Repository
public class JooqNoteRepository implements NoteRepository {

    static final String RECORD_TYPE = "note";

    /** Group note key: see the client_key column in V5. */
    private static final long GROUP_NOTE = 0L;

    private static final Field<List<Addendum>> ADDENDA = DSL.multiset(
                    DSL.select(NOTE_ADDENDUM.ID, NOTE_ADDENDUM.TEXT, NOTE_ADDENDUM.AUTHOR_ID, NOTE_ADDENDUM.ADDED_AT)
                            .from(NOTE_ADDENDUM)
                            .where(NOTE_ADDENDUM.NOTE_ID.eq(SESSION_NOTE.ID))
                            .orderBy(NOTE_ADDENDUM.ADDED_AT, NOTE_ADDENDUM.ID))
            .convertFrom(rows -> rows.map(r -> new Addendum(new AddendumId(r.value1()), r.value2(),
                    new UserId(r.value3()), Timestamps.fromDb(r.value4()))));

    private static final List<SelectField<?>> COLUMNS = List.of(SESSION_NOTE.ID, SESSION_NOTE.SESSION_ID,
            SESSION_NOTE.CLIENT_ID, SESSION_NOTE.TEXT, SESSION_NOTE.STATUS, SESSION_NOTE.AUTHOR_ID,
            SESSION_NOTE.UPDATED_AT, SESSION_NOTE.SIGNED_BY, SESSION_NOTE.SIGNED_AT, SESSION_NOTE.VERSION, ADDENDA);

    private final DSLContext dsl;

    public JooqNoteRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** {@inheritDoc} Progress notes follow the group note by client id. */
    @Override
    public List<Note> find(SessionId session) {
        return select(SESSION_NOTE.SESSION_ID.eq(session.value()))
                .orderBy(SESSION_NOTE.CLIENT_KEY, SESSION_NOTE.ID)
                .fetch(JooqNoteRepository::toNote);
    }

    @Override
    public List<Note> signedNotesAbout(ClientId client, Collection<GroupId> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        // A join, not "session in (the groups' sessions)": H2 seeks an IN only on an index's first column
        // and would read every signed note of the practice; this way it starts from the client's notes.
        return dsl.select(COLUMNS)
                .from(SESSION_NOTE)
                .join(THERAPY_SESSION).on(THERAPY_SESSION.ID.eq(SESSION_NOTE.SESSION_ID))
                .where(SESSION_NOTE.CLIENT_ID.eq(client.value()))
                .and(SESSION_NOTE.STATUS.eq(NoteStatus.SIGNED.name()))
                .and(THERAPY_SESSION.GROUP_ID.in(groups.stream().map(GroupId::value).toList()))
                .orderBy(SESSION_NOTE.SIGNED_AT, SESSION_NOTE.ID)
                .fetch(JooqNoteRepository::toNote);
    }

    @Override
    public Optional<Note> findById(NoteId id) {
        return select(SESSION_NOTE.ID.eq(id.value())).fetchOptional(JooqNoteRepository::toNote);
    }

    /**
     * {@inheritDoc}
     *
     * <p>The unique (session, client key) constraint decides who started the note first; the loser's
     * insert does nothing instead of failing, and is reported as a concurrent edit.
     */
    @Override
    public NoteId create(Note note) {
        long clientKey = note.client() == null ? GROUP_NOTE : note.client().value();
        int inserted = Inserts.ignoringDuplicate(dsl.insertInto(SESSION_NOTE)
                .set(SESSION_NOTE.SESSION_ID, note.session().value())
                .set(SESSION_NOTE.CLIENT_ID, note.client() == null ? null : note.client().value())
                .set(SESSION_NOTE.CLIENT_KEY, clientKey)
                .set(SESSION_NOTE.TEXT, note.text())
                .set(SESSION_NOTE.STATUS, note.status().name())
                .set(SESSION_NOTE.AUTHOR_ID, note.author().value())
                .set(SESSION_NOTE.UPDATED_AT, Timestamps.toDb(note.updatedAt()))
                .set(SESSION_NOTE.SIGNED_BY, note.signedBy() == null ? null : note.signedBy().value())
                .set(SESSION_NOTE.SIGNED_AT, Timestamps.toDb(note.signedAt())));
        Condition same = SESSION_NOTE.SESSION_ID.eq(note.session().value()).and(SESSION_NOTE.CLIENT_KEY.eq(clientKey));
        if (inserted == 0) {
            throw new ConcurrentEditException(RECORD_TYPE, "session:" + note.session());
        }
        return new NoteId(dsl.select(SESSION_NOTE.ID).from(SESSION_NOTE).where(same).fetchSingle(SESSION_NOTE.ID));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Only a stored draft is updated: the condition on the stored status keeps a signed note as it
     * was signed whatever the caller passes.
     */
    @Override
    public void update(Note note, int expectedVersion) {
        long id = note.id().value();
        int updated = dsl.update(SESSION_NOTE)
                .set(SESSION_NOTE.TEXT, note.text())
                .set(SESSION_NOTE.STATUS, note.status().name())
                .set(SESSION_NOTE.AUTHOR_ID, note.author().value())
                .set(SESSION_NOTE.UPDATED_AT, Timestamps.toDb(note.updatedAt()))
                .set(SESSION_NOTE.SIGNED_BY, note.signedBy() == null ? null : note.signedBy().value())
                .set(SESSION_NOTE.SIGNED_AT, Timestamps.toDb(note.signedAt()))
                .set(SESSION_NOTE.VERSION, SESSION_NOTE.VERSION.plus(1))
                .where(SESSION_NOTE.ID.eq(id))
                .and(SESSION_NOTE.VERSION.eq(expectedVersion))
                .and(SESSION_NOTE.STATUS.eq(NoteStatus.DRAFT.name()))
                .execute();
        if (updated == 0) {
            if (dsl.fetchExists(SESSION_NOTE, SESSION_NOTE.ID.eq(id))) {
                throw new ConcurrentEditException(RECORD_TYPE, note.id());
            }
            throw new NotFoundException(RECORD_TYPE, note.id());
        }
    }

    @Override
    public AddendumId addAddendum(NoteId note, Addendum addendum) {
        return new AddendumId(dsl.insertInto(NOTE_ADDENDUM)
                .set(NOTE_ADDENDUM.NOTE_ID, note.value())
                .set(NOTE_ADDENDUM.TEXT, addendum.text())
                .set(NOTE_ADDENDUM.AUTHOR_ID, addendum.author().value())
                .set(NOTE_ADDENDUM.ADDED_AT, Timestamps.toDb(addendum.at()))
                .returningResult(NOTE_ADDENDUM.ID)
                .fetchSingle(NOTE_ADDENDUM.ID));
    }

    private SelectConditionStep<? extends Record> select(Condition condition) {
        return dsl.select(COLUMNS)
                .from(SESSION_NOTE)
                .where(condition);
    }

    private static Note toNote(Record r) {
        Long client = r.get(SESSION_NOTE.CLIENT_ID);
        Long signedBy = r.get(SESSION_NOTE.SIGNED_BY);
        return new Note(new NoteId(r.get(SESSION_NOTE.ID)), new SessionId(r.get(SESSION_NOTE.SESSION_ID)),
                client == null ? null : new ClientId(client), r.get(SESSION_NOTE.TEXT),
                NoteStatus.valueOf(r.get(SESSION_NOTE.STATUS)), new UserId(r.get(SESSION_NOTE.AUTHOR_ID)),
                Timestamps.fromDb(r.get(SESSION_NOTE.UPDATED_AT)), signedBy == null ? null : new UserId(signedBy),
                Timestamps.fromDb(r.get(SESSION_NOTE.SIGNED_AT)), r.get(SESSION_NOTE.VERSION), r.get(ADDENDA));
    }
}
