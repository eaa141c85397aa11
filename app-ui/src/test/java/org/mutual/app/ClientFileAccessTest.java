package org.mutual.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.clientfile.ClientFile;
import org.mutual.domain.clientfile.ClientFileService;
import org.mutual.domain.measure.MeasureService;
import org.mutual.domain.note.Note;
import org.mutual.domain.note.NoteService;
import org.mutual.domain.reminder.ReminderService;
import org.mutual.domain.user.AccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The client page's one call: a facilitator of one of the client's groups gets the organisational and
 * the clinical part and leaves one entry per record read, an admin gets the organisational part only,
 * anyone else is refused — each with the audit entries the separate reads used to leave.
 */
class ClientFileAccessTest extends RunningAppTest {

    @Autowired ApplicationContext app;
    @Autowired AccountRepository accounts;
    @Autowired AuditRepository audit;
    @Autowired ClientFileService files;
    @Autowired NoteService notes;
    @Autowired MeasureService measures;
    @Autowired ReminderService reminders;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_facilitator_gets_the_whole_file_and_every_read_is_audited_together() {
        DemoRecords demo = DemoRecords.of(app);
        ClientId casey = demo.casey();
        TestUsers.signIn(accounts, "therapist");
        Note existing = notes.latest(demo.tuesdaySession(), casey).orElse(null);
        if (existing == null || existing.signedAt() == null) {
            Note draft = notes.saveDraft(demo.tuesdaySession(), casey, "Casey asked for help on the client page.",
                    existing == null ? -1 : existing.version());
            notes.sign(draft.id(), draft.version());
        }
        long before = audit.count();

        ClientFile file = files.open(casey);

        assertThat(file.client().id()).isEqualTo(casey);
        assertThat(file.memberships()).extracting(m -> m.period().group()).contains(demo.tuesday());
        assertThat(file.clinical()).isPresent();
        ClientFile.Clinical clinical = file.clinical().orElseThrow();
        assertThat(clinical.history().signedNotes()).isNotEmpty();
        assertThat(clinical.scores().client()).isEqualTo(casey);
        List<AuditEntry> added = audit.latest(0, (int) (audit.count() - before));
        List<Tuple> expected = new ArrayList<>(List.of(
                tuple("client.read", "client", casey.toString()),
                tuple("measure.read", "measure", "client:" + casey),
                tuple("record.read", "client", casey.toString())));
        clinical.history().signedNotes().forEach(n -> expected.add(tuple("note.read", "note", "note:" + n.id())));
        assertThat(added).extracting(AuditEntry::action, AuditEntry::recordType, AuditEntry::recordId)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(added).allSatisfy(e -> {
            assertThat(e.actorName()).isEqualTo("therapist");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
        });

        // The same as the separate reads the page used to make.
        assertThat(file.emailReminders()).isEqualTo(reminders.emailReminders(casey));
        assertThat(clinical.scores()).isEqualTo(measures.scoresOf(casey));
        assertThat(clinical.history()).isEqualTo(files.clinical(casey));
    }

    @Test
    void an_admin_gets_the_organisational_part_only_and_others_are_refused() {
        ClientId casey = DemoRecords.of(app).casey();
        TestUsers.signIn(accounts, "admin");
        long before = audit.count();

        ClientFile file = files.open(casey);

        assertThat(file.client().id()).isEqualTo(casey);
        assertThat(file.memberships()).isNotEmpty();
        assertThat(file.clinical()).isEmpty();
        assertThat(audit.count()).isEqualTo(before + 1);
        assertThat(audit.latest(0, 1)).extracting(AuditEntry::actorName, AuditEntry::action, AuditEntry::recordId,
                AuditEntry::outcome).containsExactly(tuple("admin", "client.read", casey.toString(), AuditOutcome.ALLOWED));

        for (String other : List.of("cotherapist", "client")) {
            TestUsers.signIn(accounts, other);
            long beforeRefusal = audit.count();
            assertThatThrownBy(() -> files.open(casey)).as(other).isInstanceOf(AccessDeniedException.class);
            assertThat(audit.count()).isEqualTo(beforeRefusal + 1);
            assertThat(audit.latest(0, 1)).extracting(AuditEntry::actorName, AuditEntry::action,
                    AuditEntry::recordId, AuditEntry::outcome)
                    .containsExactly(tuple(other, "client.read", casey.toString(), AuditOutcome.DENIED));
        }
    }
}
