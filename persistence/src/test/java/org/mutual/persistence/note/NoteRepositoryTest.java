package org.mutual.persistence.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.note.Addendum;
import org.mutual.domain.note.AddendumId;
import org.mutual.domain.note.Note;
import org.mutual.domain.note.NoteId;
import org.mutual.domain.note.NoteStatus;
import org.mutual.domain.session.SessionId;
import org.mutual.persistence.plan.ClinicalFixture;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class NoteRepositoryTest {

    static final Instant T1 = Instant.parse("2026-05-05T18:00:00Z");
    static final Instant T2 = Instant.parse("2026-05-05T18:30:00.9999999Z");
    static final Instant T3 = Instant.parse("2026-05-06T09:00:00Z");

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    QueryCounter queries = new QueryCounter();
    JooqNoteRepository notes;
    ClinicalFixture f;
    SessionId tuesday;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        notes = new JooqNoteRepository(queries.counting(dsl));
        f = new ClinicalFixture(dsl);
        tuesday = f.session(f.tuesday, "2026-05-05T16:00:00Z");
    }

    Note stored(NoteId id) {
        return notes.findById(id).orElseThrow();
    }

    @Test
    void a_draft_reads_back_as_it_was_written() {
        Note draft = Note.draft(tuesday, f.ana, "Ana spoke about her sister.", f.alice, T1);

        NoteId id = notes.create(draft);

        assertThat(stored(id)).isEqualTo(new Note(id, tuesday, f.ana, "Ana spoke about her sister.", NoteStatus.DRAFT,
                f.alice, T1, null, null, 0, List.of()));
        assertThat(notes.findById(new NoteId(999))).isEmpty();
    }

    @Test
    void a_sessions_notes_come_with_their_addenda_group_note_first_in_one_query() {
        NoteId ben = notes.create(Note.draft(tuesday, f.ben, "Ben", f.alice, T1));
        NoteId group = notes.create(Note.draft(tuesday, null, "The group", f.alice, T1));
        NoteId ana = notes.create(Note.draft(tuesday, f.ana, "Ana", f.alice, T1));
        notes.update(stored(group).sign(f.alice, T2), 0);
        AddendumId second = notes.addAddendum(group, Addendum.of("Second correction", f.bob, T3));
        AddendumId first = notes.addAddendum(group, Addendum.of("First correction", f.alice, T2));
        notes.create(Note.draft(f.session(f.tuesday, "2026-05-12T16:00:00Z"), null, "Next week", f.alice, T1));
        queries.reset();

        List<Note> all = notes.find(tuesday);

        assertThat(queries.count()).isEqualTo(1);
        assertThat(all).extracting(Note::id).containsExactly(group, ana, ben);
        assertThat(all.getFirst().addenda()).containsExactly(
                new Addendum(first, "First correction", f.alice, Instant.parse("2026-05-05T18:30:00.999999Z")),
                new Addendum(second, "Second correction", f.bob, T3));
        assertThat(all.get(1).addenda()).isEmpty();
    }

    @Test
    void a_session_has_one_group_note_and_one_progress_note_per_member() {
        notes.create(Note.draft(tuesday, null, "Group", f.alice, T1));
        notes.create(Note.draft(tuesday, f.ana, "Ana", f.alice, T1));
        notes.create(Note.draft(tuesday, f.ben, "Ben", f.alice, T1));

        assertThatThrownBy(() -> notes.create(Note.draft(tuesday, null, "Second group note", f.bob, T2)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> notes.create(Note.draft(tuesday, f.ana, "Second note on Ana", f.bob, T2)))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(notes.find(tuesday)).extracting(Note::text).containsExactly("Group", "Ana", "Ben");
    }

    @Test
    void signing_stores_who_signed_and_when_and_increments_the_version() {
        NoteId id = notes.create(Note.draft(tuesday, null, "Group", f.alice, T1));
        notes.update(stored(id).edit("Group, revised", f.bob, T2), 0);

        notes.update(stored(id).sign(f.alice, T3), 1);

        assertThat(stored(id)).satisfies(n -> {
            assertThat(n.text()).isEqualTo("Group, revised");
            assertThat(n.author()).isEqualTo(f.bob);
            assertThat(n.status()).isEqualTo(NoteStatus.SIGNED);
            assertThat(n.signedBy()).isEqualTo(f.alice);
            assertThat(n.signedAt()).isEqualTo(T3);
            assertThat(n.version()).isEqualTo(2);
        });
    }

    @Test
    void an_update_with_a_stale_version_is_refused_and_changes_nothing() {
        NoteId id = notes.create(Note.draft(tuesday, null, "First", f.alice, T1));
        Note alicesCopy = stored(id);
        Note bobsCopy = stored(id);
        notes.update(alicesCopy.edit("Alice's text", f.alice, T2), 0);

        assertThatThrownBy(() -> notes.update(bobsCopy.edit("Bob's text", f.bob, T2), 0))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(stored(id).text()).isEqualTo("Alice's text");
        assertThat(stored(id).version()).isEqualTo(1);
        assertThatThrownBy(() -> notes.update(new Note(new NoteId(999), tuesday, null, "x", NoteStatus.DRAFT, f.alice,
                T1, null, null, 0, List.of()), 0)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_signed_note_is_never_updated_even_by_a_caller_that_skips_the_rule() {
        NoteId id = notes.create(Note.draft(tuesday, null, "As signed", f.alice, T1));
        notes.update(stored(id).sign(f.alice, T2), 0);
        Note signed = stored(id);
        Note tampered = new Note(id, tuesday, null, "Rewritten", NoteStatus.DRAFT, f.bob, T3, null, null, 1, List.of());

        assertThatThrownBy(() -> notes.update(tampered, 1)).isInstanceOf(ConcurrentEditException.class);

        assertThat(stored(id)).isEqualTo(signed);
    }

    @Test
    void signed_notes_about_a_client_come_from_the_given_groups_only_drafts_excluded_in_one_query() {
        NoteId signed = notes.create(Note.draft(tuesday, f.ana, "Ana asked for help today.", f.alice, T1));
        notes.update(stored(signed).sign(f.alice, T2), 0);
        notes.create(Note.draft(f.session(f.tuesday, "2026-05-12T16:00:00Z"), f.ana, "Still a draft", f.alice, T1));
        NoteId groupNote = notes.create(Note.draft(tuesday, null, "The group", f.alice, T1));
        notes.update(stored(groupNote).sign(f.alice, T2), 0);
        queries.reset();

        assertThat(notes.signedNotesAbout(f.ana, java.util.List.of(f.tuesday))).singleElement()
                .satisfies(n -> assertThat(n.text()).isEqualTo("Ana asked for help today."));
        assertThat(queries.count()).isEqualTo(1);
        assertThat(notes.signedNotesAbout(f.ana, java.util.List.of(f.thursday))).isEmpty();
        assertThat(notes.signedNotesAbout(f.ben, java.util.List.of(f.tuesday))).isEmpty();
    }
}
