package org.mutual.persistence.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.attendance.AttendanceCount;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.measure.ReliableChange;
import org.mutual.domain.progress.GroupProgress;
import org.mutual.domain.progress.GroupProgressService;
import org.mutual.domain.progress.HomeworkTally;
import org.mutual.domain.progress.MemberProgress;
import org.mutual.domain.progress.Presence;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.Role;
import org.mutual.persistence.plan.ClinicalFixture;
import org.mutual.persistence.plan.ServiceHarness;
import org.mutual.persistence.support.TestDatabase;

/**
 * The progress page's read on a real database: what a facilitator sees, what an admin sees (the
 * organisational part only), and that everyone else is refused with an audited denial.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class GroupProgressServiceTest {

    @Parameter
    TestDatabase database;

    ProgressFixture p;
    ServiceHarness h;
    GroupProgressService service;

    @BeforeEach
    void setUp() {
        DSLContext dsl = database.dsl(database.create());
        p = new ProgressFixture(dsl);
        h = new ServiceHarness(dsl, p.f);
        service = new GroupProgressService(new JooqProgressRepository(dsl), h.access, h.audit, h.clock,
                ClinicalFixture.ZONE);
        p.fill(p.f.tuesday, 3);
    }

    MemberProgress row(GroupProgress progress, String name) {
        return progress.members().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void the_facilitator_sees_every_figure_and_each_clinical_read_is_audited() {
        h.signIn(h.alice);

        GroupProgress progress = service.progress(p.f.tuesday);

        assertThat(progress.groupName()).isEqualTo("Tuesday evening");
        assertThat(progress.clinical()).isTrue();
        assertThat(progress.sessionsHeld()).isEqualTo(3);
        assertThat(progress.attendance()).isEqualTo(new AttendanceCount(3, 9));
        assertThat(progress.homework()).contains(new HomeworkTally(6, 3, 3));
        assertThat(progress.members()).extracting(MemberProgress::name).containsExactly("Ana", "Ben", "Cat");
        MemberProgress ana = row(progress, "Ana");
        assertThat(ana.overall()).isEqualTo(new AttendanceCount(3, 3));
        assertThat(ana.strip()).containsExactly(Presence.ATTENDED, Presence.ATTENDED, Presence.ATTENDED);
        assertThat(row(progress, "Cat").strip()).containsOnly(Presence.EXCUSED);
        assertThat(ana.homework()).contains(new HomeworkTally(2, 1, 1));
        assertThat(ana.phq9()).hasValueSatisfying(phq -> {
            assertThat(phq.latest().total()).isEqualTo(9);
            assertThat(phq.changeFromFirst()).isEqualTo(-9);
            assertThat(phq.sinceFirst()).isEqualTo(ReliableChange.IMPROVED);
        });
        assertThat(ana.gad7()).isEmpty();
        assertThat(ana.giveAndTake()).hasValueSatisfying(b -> {
            assertThat(b.conversations()).isEqualTo(3);
            assertThat(b.latest()).isEqualTo(0.5);
        });
        assertThat(row(progress, "Cat").giveAndTake()).isEmpty();
        assertThat(progress.reliablyImproved()).isEqualTo(3);
        assertThat(h.entries()).extracting(AuditEntry::action, AuditEntry::outcome).contains(
                org.assertj.core.groups.Tuple.tuple("progress.read", AuditOutcome.ALLOWED),
                org.assertj.core.groups.Tuple.tuple("homework.read", AuditOutcome.ALLOWED),
                org.assertj.core.groups.Tuple.tuple("measure.read", AuditOutcome.ALLOWED),
                org.assertj.core.groups.Tuple.tuple("record.read", AuditOutcome.ALLOWED));
        assertThat(h.lastEntry().recordId()).isEqualTo("group:" + p.f.tuesday);
    }

    @Test
    void an_admin_sees_attendance_but_no_homework_scores_or_records() {
        h.signIn(h.admin);
        int before = h.entries().size();

        GroupProgress progress = service.progress(p.f.tuesday);

        assertThat(progress.clinical()).isFalse();
        assertThat(progress.attendance()).isEqualTo(new AttendanceCount(3, 9));
        assertThat(progress.homework()).isEmpty();
        assertThat(progress.members()).hasSize(3).allSatisfy(m -> {
            assertThat(m.homework()).isEmpty();
            assertThat(m.phq9()).isEmpty();
            assertThat(m.gad7()).isEmpty();
            assertThat(m.giveAndTake()).isEmpty();
        });
        List<AuditEntry> written = h.entries().subList(before, h.entries().size());
        assertThat(written).extracting(AuditEntry::action).containsExactly("progress.read");
    }

    @Test
    void a_therapist_of_another_group_is_refused_and_the_refusal_is_audited() {
        h.signIn(h.bob);

        assertThatThrownBy(() -> service.progress(p.f.tuesday)).isInstanceOf(AccessDeniedException.class);

        AuditEntry last = h.lastEntry();
        assertThat(last.action()).isEqualTo("progress.read");
        assertThat(last.outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(last.actorId()).isEqualTo(h.bob.id());
    }

    @Test
    void a_client_is_refused_and_the_refusal_is_audited() {
        AppUser ana = new AppUser(p.f.data.clientAccount("ana"), "ana", "Ana", Role.CLIENT);
        h.signIn(ana);

        assertThatThrownBy(() -> service.progress(p.f.tuesday)).isInstanceOf(AccessDeniedException.class);

        assertThat(h.lastEntry().outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(h.lastEntry().actorId()).isEqualTo(ana.id());
    }

    @Test
    void an_unknown_group_is_not_found_for_an_admin_and_refused_to_a_therapist() {
        h.signIn(h.admin);
        assertThatThrownBy(() -> service.progress(new GroupId(999_999))).isInstanceOf(NotFoundException.class);
        h.signIn(h.alice);
        assertThatThrownBy(() -> service.progress(new GroupId(999_999))).isInstanceOf(AccessDeniedException.class);
    }
}
