package org.mutual.persistence.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.note.Note;
import org.mutual.domain.note.NoteService;
import org.mutual.domain.note.NoteStatus;
import org.mutual.domain.session.SessionId;
import org.mutual.persistence.group.JooqGroupRepository;
import org.mutual.persistence.membership.JooqMembershipRepository;
import org.mutual.persistence.plan.ClinicalFixture;
import org.mutual.persistence.plan.ServiceHarness;
import org.mutual.persistence.support.TestDatabase;

/** Confidential notes through the service: facilitators only, every access audited, on H2. */
class NoteServiceTest {

    DSLContext dsl;
    ClinicalFixture f;
    ServiceHarness h;
    JooqNoteRepository notes;
    NoteService service;
    SessionId tuesday;

    @BeforeEach
    void setUp() {
        dsl = TestDatabase.H2.dsl(TestDatabase.H2.create());
        f = new ClinicalFixture(dsl);
        h = new ServiceHarness(dsl, f);
        notes = new JooqNoteRepository(dsl);
        service = new NoteService(notes, f.sessions, new JooqMembershipRepository(dsl), h.access, h.audit, h.tx,
                h.clock, ClinicalFixture.ZONE);
        tuesday = f.session(f.tuesday, "2026-05-05T16:00:00Z");
    }

    static String key(ValidationException e) {
        return e.errors().getFirst().messageKey();
    }

    @Test
    void a_facilitator_starts_and_saves_a_draft_and_every_read_and_write_is_audited() {
        Note started = service.saveDraft(tuesday, null, "The group settled quickly.", 0);
        Note saved = service.saveDraft(tuesday, null, "The group settled quickly; Ben spoke first.", started.version());
        Note progress = service.saveDraft(tuesday, f.ana, "Ana named a need.", 0);

        assertThat(service.notes(tuesday)).extracting(Note::client, Note::text, Note::version).containsExactly(
                tuple(null, "The group settled quickly; Ben spoke first.", 1), tuple(f.ana, "Ana named a need.", 0));
        assertThat(saved.id()).isEqualTo(started.id());
        assertThat(h.entries()).extracting(AuditEntry::action, AuditEntry::recordId).containsExactly(
                tuple("note.write", "note:" + started.id()), tuple("note.write", "note:" + started.id()),
                tuple("note.write", "note:" + progress.id()), tuple("note.read", "session:" + tuesday));
    }

    @Test
    void a_save_over_someone_elses_newer_draft_is_refused_and_the_stored_version_can_be_shown_beside_it() {
        new JooqGroupRepository(dsl, Clock.systemUTC()).addFacilitator(f.tuesday, f.bob);
        Note read = service.saveDraft(tuesday, f.ben, "Ben was quiet.", 0);
        h.signIn(h.bob);
        service.saveDraft(tuesday, f.ben, "Ben was quiet until the last round.", read.version());
        h.signIn(h.alice);

        assertThatThrownBy(() -> service.saveDraft(tuesday, f.ben, "Ben was withdrawn.", read.version()))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(service.latest(tuesday, f.ben)).get().satisfies(n -> {
            assertThat(n.text()).isEqualTo("Ben was quiet until the last round.");
            assertThat(n.author()).isEqualTo(f.bob);
            assertThat(n.version()).isEqualTo(1);
        });
        assertThat(h.lastEntry()).extracting(AuditEntry::action, AuditEntry::recordId)
                .containsExactly("note.read", "note:" + read.id());
    }

    @Test
    void a_signed_note_refuses_edits_and_takes_dated_addenda() {
        Note draft = service.saveDraft(tuesday, null, "Group note", 0);
        assertThatThrownBy(() -> service.addAddendum(draft.id(), "Too early"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(key(e)).isEqualTo("note.addendum-needs-signed"));

        Note signed = service.sign(draft.id(), draft.version());
        assertThatThrownBy(() -> service.saveDraft(tuesday, null, "Changed", signed.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(key(e)).isEqualTo("note.signed"));
        assertThatThrownBy(() -> service.sign(draft.id(), signed.version())).hasMessageContaining("note.signed");
        Note corrected = service.addAddendum(draft.id(), "Correction: Cat left early.");

        assertThat(corrected).satisfies(n -> {
            assertThat(n.status()).isEqualTo(NoteStatus.SIGNED);
            assertThat(n.text()).isEqualTo("Group note");
            assertThat(n.signedBy()).isEqualTo(f.alice);
            assertThat(n.signedAt()).isEqualTo(ServiceHarness.NOW);
            assertThat(n.addenda()).singleElement().satisfies(a -> {
                assertThat(a.text()).isEqualTo("Correction: Cat left early.");
                assertThat(a.at()).isEqualTo(ServiceHarness.NOW);
            });
        });
        assertThat(h.entries()).extracting(AuditEntry::action).containsExactly("note.write", "note.sign",
                "note.addendum");
    }

    @Test
    void a_progress_note_is_only_for_a_member_on_the_sessions_roster() {
        ClientId dan = f.data.client("Dan");

        assertThatThrownBy(() -> service.saveDraft(tuesday, dan, "Not a member", 0))
                .hasMessageContaining("note.client-not-on-roster");
        SessionId beforeJoining = f.session(f.tuesday, "2026-03-03T16:00:00Z");
        assertThatThrownBy(() -> service.saveDraft(beforeJoining, f.ana, "Not yet a member", 0))
                .hasMessageContaining("note.client-not-on-roster");

        assertThat(notes.find(tuesday)).isEmpty();
    }

    @Test
    void an_admin_and_a_therapist_of_another_group_are_refused_notes_and_the_refusals_are_audited() {
        Note draft = service.saveDraft(tuesday, null, "Confidential", 0);

        h.signIn(h.admin);
        assertThatThrownBy(() -> service.notes(tuesday)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.latest(tuesday, null)).isInstanceOf(AccessDeniedException.class);
        h.signIn(h.bob);
        assertThatThrownBy(() -> service.sign(draft.id(), 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.saveDraft(tuesday, null, "Overwritten", 0))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(h.entries()).extracting(AuditEntry::action, AuditEntry::actorName, AuditEntry::outcome)
                .containsExactly(tuple("note.write", "alice", AuditOutcome.ALLOWED),
                        tuple("note.read", "admin", AuditOutcome.DENIED), tuple("note.read", "admin", AuditOutcome.DENIED),
                        tuple("note.sign", "bob", AuditOutcome.DENIED), tuple("note.write", "bob", AuditOutcome.DENIED));
        assertThat(notes.findById(draft.id())).get().extracting(Note::text, Note::status)
                .containsExactly("Confidential", NoteStatus.DRAFT);
    }
}
