package org.mutual.persistence.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.homework.AssignedBatch;
import org.mutual.domain.homework.Homework;
import org.mutual.domain.homework.HomeworkBoard;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.homework.HomeworkService;
import org.mutual.domain.homework.HomeworkStatus;
import org.mutual.domain.homework.MyHomeworkPage;
import org.mutual.domain.homework.Resource;
import org.mutual.domain.homework.ResourceDraft;
import org.mutual.domain.homework.ResourceId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.membership.NewMembership;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.client.JooqClientRepository;
import org.mutual.persistence.membership.JooqMembershipRepository;
import org.mutual.persistence.plan.ClinicalFixture;
import org.mutual.persistence.plan.ServiceHarness;
import org.mutual.persistence.support.TestData;
import org.mutual.persistence.support.TestDatabase;

/**
 * Homework through the service on H2: facilitators assign and review, a client only ever reaches
 * their own homework, and every read and write of a reflection is audited, refusals included.
 */
class HomeworkServiceTest {

    /** The fixture's Tuesday session; the clock stands an hour after it started. */
    static final String TODAYS_SESSION = "2026-05-05T16:00:00Z";

    DSLContext dsl;
    ClinicalFixture f;
    ServiceHarness h;
    JooqMembershipRepository memberships;
    HomeworkService service;
    SessionId today;
    ClientId dan;
    ClientId eve;
    AppUser danLogin;
    AppUser eveLogin;

    @BeforeEach
    void setUp() {
        dsl = TestDatabase.H2.dsl(TestDatabase.H2.create());
        f = new ClinicalFixture(dsl);
        h = new ServiceHarness(dsl, f);
        memberships = new JooqMembershipRepository(dsl);
        JooqClientRepository clients = new JooqClientRepository(dsl, Clock.systemUTC());
        UserId danAccount = f.data.clientAccount("dan");
        UserId eveAccount = f.data.clientAccount("eve");
        dan = clients.create(TestData.draft("Dan"), danAccount);
        eve = clients.create(TestData.draft("Eve"), eveAccount);
        for (ClientId client : new ClientId[] {dan, eve}) {
            memberships.create(NewMembership.of(f.tuesday, client, LocalDate.of(2026, 4, 1), Set.of()));
        }
        danLogin = new AppUser(danAccount, "dan", "Dan", Role.CLIENT);
        eveLogin = new AppUser(eveAccount, "eve", "Eve", Role.CLIENT);
        service = new HomeworkService(new JooqHomeworkRepository(dsl), new JooqResourceRepository(dsl), f.exercises, f.sessions, memberships,
                new JooqClientAccounts(dsl), h.access, h.currentUser, h.audit, h.tx, h.clock, ClinicalFixture.ZONE);
        today = f.session(f.tuesday, TODAYS_SESSION);
        f.session(f.tuesday, "2026-05-12T16:00:00Z");
    }

    AssignedBatch smallExperiments() {
        return service.assignToGroup(f.tuesday, today, f.builtIn(Practice.SMALL_EXPERIMENTS), null, null, null);
    }

    HomeworkId homeworkOf(AssignedBatch batch, ClientId client) {
        h.signIn(h.alice);
        return service.board(f.tuesday).homework().stream()
                .filter(hw -> hw.batch().equals(batch.batch()) && hw.client().equals(client))
                .findFirst().orElseThrow().id();
    }

    @Test
    void a_facilitator_assigns_an_exercise_to_every_member_due_the_day_before_the_next_session() {
        AssignedBatch batch = smallExperiments();

        HomeworkBoard board = service.board(f.tuesday);
        assertThat(board.members()).containsExactly(f.ana, f.ben, f.cat, dan, eve);
        assertThat(board.homework()).hasSize(5).allSatisfy(hw -> {
            assertThat(hw.batch()).isEqualTo(batch.batch());
            assertThat(hw.title()).isEqualTo("Small experiments");
            assertThat(hw.instructions()).startsWith("Ask one person outside the group for help");
            assertThat(hw.due()).isEqualTo(LocalDate.of(2026, 5, 11));
            assertThat(hw.session()).isEqualTo(today);
            assertThat(hw.status()).isEqualTo(HomeworkStatus.ASSIGNED);
        });
        assertThat(h.entries()).extracting(AuditEntry::action, AuditEntry::recordId, AuditEntry::outcome)
                .containsExactly(tuple("homework.write", "batch:" + batch.batch(), AuditOutcome.ALLOWED),
                        tuple("homework.read", "group:" + f.tuesday, AuditOutcome.ALLOWED));
    }

    @Test
    void a_therapist_of_another_group_cannot_assign_and_the_refusal_is_audited() {
        h.signIn(h.bob);

        assertThatThrownBy(() -> service.assignToGroup(f.tuesday, null, null, "Notice one kindness", null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.assignToMember(f.tuesday, f.ana, null, null, "Just Ana", null, null))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(h.lastEntry()).satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(f.bob);
            assertThat(e.action()).isEqualTo("homework.write");
            assertThat(e.recordId()).isEqualTo("group:" + f.tuesday);
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
        h.signIn(h.alice);
        assertThat(service.board(f.tuesday).homework()).isEmpty();
    }

    @Test
    void a_client_cannot_read_or_write_another_clients_homework_and_the_refusal_is_audited() {
        HomeworkId dans = homeworkOf(smallExperiments(), dan);
        h.signIn(eveLogin);

        assertThatThrownBy(() -> service.myHomework(dans)).isInstanceOf(AccessDeniedException.class);
        assertThat(h.lastEntry()).satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(eveLogin.id());
            assertThat(e.action()).isEqualTo("homework.read");
            assertThat(e.recordId()).isEqualTo("homework:" + dans);
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
        assertThatThrownBy(() -> service.saveMyDraft(dans, "Eve was here", Map.of(), 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(h.lastEntry().outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(h.lastEntry().action()).isEqualTo("homework.write");
        assertThat(service.mine(0, 10)).extracting(Homework::client).containsOnly(eve);

        h.signIn(danLogin);
        assertThat(service.myHomework(dans).reflection()).isNull();
    }

    @Test
    void a_clients_homework_page_comes_with_its_attachments_and_prompts_in_one_audited_read_and_is_theirs_only() {
        ResourceId worksheet = new JooqResourceRepository(dsl).create(new ResourceDraft("Asking for help", null,
                "https://example.org/asking", null).checked(false), null, f.alice, Instant.parse("2026-05-05T18:00:00Z"));
        h.signIn(h.alice);
        AssignedBatch batch = service.assignToGroup(f.tuesday, today, f.builtIn(Practice.SMALL_EXPERIMENTS), null,
                null, null, Set.of(worksheet));
        HomeworkId dans = homeworkOf(batch, dan);
        h.signIn(danLogin);
        int entries = h.entries().size();

        MyHomeworkPage page = service.myHomeworkPage(dans);

        assertThat(page.homework().id()).isEqualTo(dans);
        assertThat(page.prompts()).isNotEmpty().isEqualTo(service.prompts(page.homework()));
        assertThat(page.attachments()).extracting(Resource::id).containsExactly(worksheet);
        assertThat(h.entries()).hasSize(entries + 1);
        assertThat(h.lastEntry()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("homework.read");
            assertThat(e.recordId()).isEqualTo("homework:" + dans);
            assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
        });

        h.signIn(eveLogin);
        assertThatThrownBy(() -> service.myHomeworkPage(dans)).isInstanceOf(AccessDeniedException.class);
        assertThat(h.lastEntry().outcome()).isEqualTo(AuditOutcome.DENIED);
    }

    @Test
    void staff_have_no_homework_of_their_own_to_read() {
        smallExperiments();
        h.signIn(h.admin);

        assertThatThrownBy(() -> service.mine(0, 10)).isInstanceOf(AccessDeniedException.class);

        assertThat(h.lastEntry().outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(h.lastEntry().recordId()).isEqualTo("account:" + h.admin.id());
    }

    @Test
    void a_client_drafts_submits_and_reads_the_facilitators_feedback_every_step_audited() {
        HomeworkId dans = homeworkOf(smallExperiments(), dan);
        h.signIn(danLogin);

        Homework drafted = service.saveMyDraft(dans, "I asked my neighbour to help me carry a box.",
                Map.of("ask", "carry a box", "response", "eager", "felt", "4"), 0);
        Homework submitted = service.submitMine(dans, drafted.version());
        assertThatThrownBy(() -> service.saveMyDraft(dans, "Too late", Map.of(), submitted.version()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("homework.submitted"));
        h.signIn(h.alice);
        assertThat(service.toReview()).extracting(r -> r.homework().id()).containsExactly(dans);
        service.review(dans, "It sounds like asking was easier than you expected.", submitted.version());
        assertThat(service.toReview()).isEmpty();
        h.signIn(danLogin);

        Homework mine = service.myHomework(dans);
        assertThat(mine.status()).isEqualTo(HomeworkStatus.REVIEWED);
        assertThat(mine.answers()).containsEntry("felt", "4").containsEntry("response", "eager");
        assertThat(mine.feedback()).isEqualTo("It sounds like asking was easier than you expected.");
        assertThat(service.countMine()).isEqualTo(1);
        assertThat(h.entries()).extracting(AuditEntry::action, AuditEntry::recordId)
                .contains(tuple("homework.write", "homework:" + dans), tuple("homework.submit", "homework:" + dans),
                        tuple("homework.review", "homework:" + dans));
        assertThat(h.lastEntry().action()).isEqualTo("homework.read");
    }

    @Test
    void answers_that_dont_fit_the_exercises_prompts_are_refused() {
        HomeworkId dans = homeworkOf(smallExperiments(), dan);
        h.signIn(danLogin);

        assertThatThrownBy(() -> service.saveMyDraft(dans, "ok", Map.of("felt", "11", "mood", "fine"), 0))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsOnlyKeys("answers", "answers.felt"));
        assertThat(service.myHomework(dans).version()).isZero();
    }

    @Test
    void the_board_drops_members_who_left_and_a_single_assignment_reaches_only_that_member() {
        smallExperiments();
        AssignedBatch forBen = service.assignToMember(f.tuesday, f.ben, null, null, "Write down one ask", null,
                LocalDate.of(2026, 5, 8));
        MembershipPeriod anas = memberships.periodsOfClient(f.ana).getFirst();
        memberships.update(anas.leave(LocalDate.of(2026, 5, 4), MembershipStatus.COMPLETED, null), anas.version());

        HomeworkBoard board = service.board(f.tuesday);

        assertThat(board.members()).containsExactly(f.ben, f.cat, dan, eve);
        assertThat(board.homework()).extracting(Homework::client).doesNotContain(f.ana);
        assertThat(board.batches()).first().isEqualTo(forBen.batch());
        assertThat(board.cell(f.ben, forBen.batch())).isPresent();
        assertThat(board.cell(f.cat, forBen.batch())).isEmpty();
        assertThat(service.statusOfSession(today)).containsOnlyKeys(f.ana, f.ben, f.cat, dan, eve);
    }
}
