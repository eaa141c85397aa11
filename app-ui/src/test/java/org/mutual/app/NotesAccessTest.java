package org.mutual.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.clientfile.ClientFileService;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.note.Note;
import org.mutual.domain.group.GroupSummary;
import org.mutual.domain.note.NoteService;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionService;
import org.mutual.domain.user.AccountRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Clinical notes are read only by the group's facilitators: a co-facilitator reads them; a
 * therapist of another group, an admin who doesn't facilitate and a client are refused — and every
 * read and every refusal is audited.
 */
class NotesAccessTest extends RunningAppTest {

    @Autowired AccountRepository accounts;
    @Autowired GroupService groups;
    @Autowired SessionService sessions;
    @Autowired NoteService notes;
    @Autowired AuditRepository audit;
    @Autowired ClientFileService clientFiles;
    @Autowired ClientRepository clients;
    @Autowired MembershipRepository memberships;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void only_facilitators_read_notes_and_every_read_and_refusal_is_audited() {
        TestUsers.signIn(accounts, "therapist");
        SessionId thursday = firstSessionOf("Thursday morning group");
        SessionId tuesday = firstSessionOf("Tuesday evening group");
        notes.saveDraft(thursday, null, "Group note for Thursday", -1);
        notes.saveDraft(tuesday, null, "Group note for Tuesday", -1);

        TestUsers.signIn(accounts, "cotherapist");
        long before = audit.count();
        assertThat(notes.notes(thursday)).singleElement()
                .satisfies(n -> assertThat(n.text()).isEqualTo("Group note for Thursday"));
        assertThat(audit.latest(0, 1)).singleElement().satisfies(e -> expect(e, "cotherapist", "note.read",
                AuditOutcome.ALLOWED));
        assertThatThrownBy(() -> notes.notes(tuesday)).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.latest(0, 1)).singleElement().satisfies(e -> expect(e, "cotherapist", "note.read",
                AuditOutcome.DENIED));

        TestUsers.signIn(accounts, "admin");
        assertThatThrownBy(() -> notes.notes(thursday)).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.latest(0, 1)).singleElement().satisfies(e -> expect(e, "admin", "note.read",
                AuditOutcome.DENIED));

        TestUsers.signIn(accounts, "client");
        assertThatThrownBy(() -> notes.notes(tuesday)).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.latest(0, 1)).singleElement().satisfies(e -> expect(e, "client", "note.read",
                AuditOutcome.DENIED));
        assertThat(audit.count()).isEqualTo(before + 4);
    }

    @Test
    void a_clients_signed_notes_show_on_their_file_for_facilitators_only() {
        TestUsers.signIn(accounts, "therapist");
        SessionId tuesday = firstSessionOf("Tuesday evening group");
        ClientId casey = clients.findAll(memberships.periodsOfGroup(groups.list("Tuesday evening group", null, 0, 1)
                .getFirst().id()).stream().map(p -> p.client()).toList()).stream()
                .filter(c -> c.preferredName().equals("Casey")).findFirst().orElseThrow().id();
        Note draft = notes.saveDraft(tuesday, casey, "Casey asked the group for help for the first time.", -1);
        notes.sign(draft.id(), draft.version());

        assertThat(clientFiles.clinical(casey).signedNotes()).extracting(Note::text)
                .contains("Casey asked the group for help for the first time.");
        assertThat(audit.latest(0, 1)).singleElement().satisfies(e -> expect(e, "therapist", "note.read",
                AuditOutcome.ALLOWED));

        TestUsers.signIn(accounts, "admin");
        assertThat(clientFiles.open(casey).client().preferredName()).isEqualTo("Casey");
        assertThatThrownBy(() -> clientFiles.clinical(casey)).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.latest(0, 1)).singleElement().satisfies(e -> expect(e, "admin", "client.clinical.read",
                AuditOutcome.DENIED));
    }

    private static void expect(AuditEntry e, String actor, String action, AuditOutcome outcome) {
        assertThat(e.actorName()).isEqualTo(actor);
        assertThat(e.action()).isEqualTo(action);
        assertThat(e.outcome()).isEqualTo(outcome);
    }

    private SessionId firstSessionOf(String groupName) {
        GroupSummary group = groups.list(groupName, null, 0, 1).getFirst();
        Instant now = Instant.now();
        return sessions.sessionsOfGroup(group.id(), now, now.plus(60, ChronoUnit.DAYS)).getFirst().id();
    }
}
