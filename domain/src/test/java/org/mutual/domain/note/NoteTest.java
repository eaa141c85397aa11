package org.mutual.domain.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.UserId;

class NoteTest {

    static final UserId ALICE = new UserId(1);
    static final UserId BOB = new UserId(2);
    static final Instant T1 = Instant.parse("2026-05-05T18:00:00Z");
    static final Instant T2 = Instant.parse("2026-05-05T18:30:00Z");

    final Note draft = Note.draft(new SessionId(1), null, "  The group settled quickly.  ", ALICE, T1);

    static String key(ValidationException e) {
        return e.errors().getFirst().messageKey();
    }

    @Test
    void a_new_note_is_a_draft_with_trimmed_text() {
        assertThat(draft.status()).isEqualTo(NoteStatus.DRAFT);
        assertThat(draft.text()).isEqualTo("The group settled quickly.");
        assertThat(draft.isGroupNote()).isTrue();
        assertThat(Note.draft(new SessionId(1), new ClientId(4), null, ALICE, T1).text()).isEmpty();
    }

    @Test
    void a_draft_takes_new_text_up_to_20000_characters() {
        Note edited = draft.edit("Ben spoke first today.", BOB, T2);

        assertThat(edited.text()).isEqualTo("Ben spoke first today.");
        assertThat(edited.author()).isEqualTo(BOB);
        assertThat(edited.updatedAt()).isEqualTo(T2);
        assertThat(draft.edit("x".repeat(20000), ALICE, T2).text()).hasSize(20000);
        assertThatThrownBy(() -> draft.edit("x".repeat(20001), ALICE, T2)).hasMessageContaining("validation.too-long");
    }

    @Test
    void signing_records_who_signed_and_when() {
        Note signed = draft.sign(BOB, T2);

        assertThat(signed.status()).isEqualTo(NoteStatus.SIGNED);
        assertThat(signed.signedBy()).isEqualTo(BOB);
        assertThat(signed.signedAt()).isEqualTo(T2);
        assertThat(signed.text()).isEqualTo(draft.text());
    }

    @Test
    void a_signed_note_refuses_edits() {
        Note signed = draft.sign(ALICE, T2);

        assertThatThrownBy(() -> signed.edit("Changed afterwards", ALICE, T2))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(key(e)).isEqualTo("note.signed"));
    }

    @Test
    void a_note_is_signed_once_and_never_empty() {
        Note signed = draft.sign(ALICE, T2);

        assertThatThrownBy(() -> signed.sign(BOB, T2)).hasMessageContaining("note.signed");
        Note empty = Note.draft(new SessionId(1), null, " ", ALICE, T1);
        assertThatThrownBy(() -> empty.sign(ALICE, T2)).hasMessageContaining("note.empty");
    }

    @Test
    void an_addendum_requires_a_signed_note() {
        Addendum addendum = Addendum.of("Correction: Ben arrived late.", BOB, T2);

        assertThatThrownBy(() -> draft.addendum(addendum))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(key(e)).isEqualTo("note.addendum-needs-signed"));
        assertThat(draft.sign(ALICE, T2).addendum(addendum)).isEqualTo(addendum);
    }

    @Test
    void an_addendum_has_text_of_at_most_5000_characters() {
        assertThatThrownBy(() -> Addendum.of(" ", ALICE, T2)).hasMessageContaining("validation.required");
        assertThatThrownBy(() -> Addendum.of("x".repeat(5001), ALICE, T2)).hasMessageContaining("validation.too-long");
        assertThat(Addendum.of("x".repeat(5000), ALICE, T2).text()).hasSize(5000);
        assertThat(new Note(new NoteId(1), new SessionId(1), null, "t", NoteStatus.DRAFT, ALICE, T1, null, null, 0,
                null).addenda()).isEqualTo(List.of());
    }
}
