package org.mutual.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.intake.AddressHash;
import org.mutual.domain.intake.DayPart;
import org.mutual.domain.intake.Intake;
import org.mutual.domain.intake.IntakeForm;
import org.mutual.domain.intake.IntakeId;
import org.mutual.domain.intake.IntakeService;
import org.mutual.domain.intake.IntakeStatus;
import org.mutual.domain.intake.IntakeSummary;
import org.mutual.domain.intake.Invitation;
import org.mutual.domain.intake.SubmitOutcome;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.membership.MembershipService;
import org.mutual.domain.staff.AccountService;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.SetPasswordLink;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The intake service in the running application: the public form's guards (honeypot, rate limit,
 * idempotency), who may read submissions (audited either way), and invitations that are all or
 * nothing.
 */
class IntakeServiceTest extends RunningAppTest {

    @Autowired IntakeService intakes;
    @Autowired AccountRepository accounts;
    @Autowired AccountService accountService;
    @Autowired AuditRepository audit;
    @Autowired GroupService groups;
    @Autowired MembershipRepository memberships;
    @Autowired MembershipService membershipService;
    @Autowired ClientRepository clients;
    @Autowired DSLContext dsl;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    static IntakeForm form(String preferredName, String reason) {
        return IntakeForm.of(preferredName + " Example", preferredName,
                preferredName.toLowerCase(java.util.Locale.ROOT) + "@example.org", null, reason,
                Set.of(BarrierPattern.SELF_SUFFICIENCY), Set.of(DayOfWeek.TUESDAY), Set.of(DayPart.EVENING), true,
                UUID.randomUUID().toString(), LocalDate.now());
    }

    /** A fresh submission from its own address, signed in as nobody. */
    IntakeId submitted(String preferredName) {
        TestUsers.signOut();
        IntakeForm form = form(preferredName, "I would like to practise asking for help.");
        assertThat(intakes.submit(form, "198.51.100." + Math.abs(preferredName.hashCode() % 250), ""))
                .isEqualTo(SubmitOutcome.RECEIVED);
        return new IntakeId(dsl.select(DSL.field("id", Long.class)).from(DSL.table("intake"))
                .where(DSL.field("idempotency_key").eq(form.idempotencyKey())).fetchSingle().value1());
    }

    int intakeRows() {
        return dsl.fetchCount(DSL.table("intake"));
    }

    int clientRows() {
        return dsl.fetchCount(DSL.table("client"));
    }

    GroupId tuesday() {
        TestUsers.signIn(accounts, "therapist");
        return groups.list("Tuesday evening group", null, 0, 1).getFirst().id();
    }

    @Test
    void a_filled_honeypot_pretends_success_and_stores_nothing() {
        int before = intakeRows();
        long auditBefore = audit.count();

        assertThat(intakes.submit(form("Bot", "Buy now"), "192.0.2.10", "http://spam.example"))
                .isEqualTo(SubmitOutcome.RECEIVED);

        assertThat(intakeRows()).isEqualTo(before);
        assertThat(audit.count()).isEqualTo(auditBefore);
    }

    @Test
    void the_sixth_submission_from_one_address_within_an_hour_gets_the_polite_refusal() {
        int before = intakeRows();
        for (int i = 0; i < 5; i++) {
            assertThat(intakes.submit(form("Person" + i, "Hello"), "192.0.2.20", "")).isEqualTo(SubmitOutcome.RECEIVED);
        }

        assertThat(intakes.submit(form("Person6", "Hello"), "192.0.2.20", "")).isEqualTo(SubmitOutcome.TOO_MANY);

        assertThat(intakeRows()).isEqualTo(before + 5);
        assertThat(intakes.submit(form("Neighbour", "Hello"), "192.0.2.21", "")).isEqualTo(SubmitOutcome.RECEIVED);
        assertThat(intakeRows()).isEqualTo(before + 6);
    }

    @Test
    void requests_from_one_address_arriving_at_once_stop_exactly_at_the_limit() throws Exception {
        int before = intakeRows();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Callable<SubmitOutcome>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                IntakeForm form = form("Burst" + i, "Hello");
                calls.add(() -> intakes.submit(form, "192.0.2.40", ""));
            }
            java.util.List<SubmitOutcome> outcomes = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<SubmitOutcome> f : pool.invokeAll(calls)) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).filteredOn(o -> o == SubmitOutcome.RECEIVED).hasSize(5);
            assertThat(outcomes).filteredOn(o -> o == SubmitOutcome.TOO_MANY).hasSize(3);
        } finally {
            pool.shutdown();
        }
        assertThat(intakeRows()).isEqualTo(before + 5);
    }

    @Test
    void the_same_form_instance_submitted_twice_is_one_submission() {
        int before = intakeRows();
        IntakeForm form = form("Twice", "Hello");

        assertThat(intakes.submit(form, "192.0.2.30", "")).isEqualTo(SubmitOutcome.RECEIVED);
        assertThat(intakes.submit(form, "192.0.2.30", "")).isEqualTo(SubmitOutcome.RECEIVED);

        assertThat(intakeRows()).isEqualTo(before + 1);
    }

    @Test
    void only_a_salted_hash_of_the_address_is_stored() {
        IntakeForm form = form("Hashed", "Hello");
        intakes.submit(form, "203.0.113.99", "");

        String stored = dsl.select(DSL.field("address_hash", String.class)).from(DSL.table("intake"))
                .where(DSL.field("idempotency_key").eq(form.idempotencyKey())).fetchSingle().value1();
        String salt = dsl.select(DSL.field("salt", String.class)).from(DSL.table("intake_salt")).fetchSingle().value1();
        assertThat(stored).doesNotContain("203.0.113").isEqualTo(AddressHash.of(salt, "203.0.113.99"));
        assertThat(dsl.fetchCount(DSL.table("intake"), DSL.field("address_hash").like("%203.0.113%"))).isZero();
    }

    @Test
    void clients_and_anonymous_callers_are_refused_and_the_refusal_is_audited() {
        IntakeId id = submitted("Secret");

        TestUsers.signIn(accounts, "client");
        assertThatThrownBy(() -> intakes.read(id)).isInstanceOf(AccessDeniedException.class);
        expectLatest("client", "intake.read", AuditOutcome.DENIED);
        assertThatThrownBy(() -> intakes.queue(Set.of(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        expectLatest("client", "intake.list", AuditOutcome.DENIED);

        TestUsers.signOut();
        assertThatThrownBy(() -> intakes.read(id)).isInstanceOf(AccessDeniedException.class);
        expectLatest("anonymous", "intake.read", AuditOutcome.DENIED);

        TestUsers.signIn(accounts, "admin");
        assertThat(intakes.read(id).form().reason()).isEqualTo("I would like to practise asking for help.");
        expectLatest("admin", "intake.read", AuditOutcome.ALLOWED);
        TestUsers.signIn(accounts, "therapist");
        assertThat(intakes.queue(Set.of(IntakeStatus.NEW), 0, 500)).extracting(IntakeSummary::id).contains(id);
        expectLatest("therapist", "intake.list", AuditOutcome.ALLOWED);
    }

    @Test
    void an_invitation_creates_client_membership_and_login_together() {
        IntakeId id = submitted("Robin");
        GroupId tuesday = tuesday();
        Intake read = intakes.read(id);

        Invitation invitation = intakes.invite(id, tuesday, LocalDate.now(), "robin.invited", read.version());

        Intake invited = intakes.read(id);
        assertThat(invited.status()).isEqualTo(IntakeStatus.INVITED);
        assertThat(invited.client()).isEqualTo(invitation.client());
        assertThat(invited.group()).isEqualTo(tuesday);
        assertThat(clients.find(invitation.client()).orElseThrow().account())
                .isEqualTo(invitation.passwordSetup().account());
        assertThat(accounts.findByUsername("robin.invited").orElseThrow().role()).isEqualTo(Role.CLIENT);
        assertThat(memberships.periodsOfGroup(tuesday)).filteredOn(p -> p.client().equals(invitation.client()))
                .singleElement().satisfies(p -> assertThat(p.focusAreas())
                        .containsExactly(BarrierPattern.SELF_SUFFICIENCY));
        SetPasswordLink link = (SetPasswordLink) invitation.passwordSetup();
        assertThat(accountService.checkSetPasswordLink(link.token())).isEqualTo("robin.invited");
        assertThat(audit.latest(0, 10)).extracting(AuditEntry::action).contains("intake.invite", "account.create",
                "membership.create", "client.create");
    }

    @Test
    void a_taken_username_fails_on_its_field_and_leaves_nothing_behind() {
        IntakeId id = submitted("Taken");
        GroupId tuesday = tuesday();
        Intake read = intakes.read(id);
        int clientsBefore = clientRows();
        int periodsBefore = memberships.periodsOfGroup(tuesday).size();

        assertThatThrownBy(() -> intakes.invite(id, tuesday, LocalDate.now(), "client", read.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField().get("username")
                        .messageKey()).isEqualTo("validation.username-taken"));

        assertThat(clientRows()).isEqualTo(clientsBefore);
        assertThat(memberships.periodsOfGroup(tuesday)).hasSize(periodsBefore);
        Intake after = intakes.read(id);
        assertThat(after.status()).isEqualTo(IntakeStatus.NEW);
        assertThat(after.version()).isEqualTo(read.version());
    }

    @Test
    void the_second_of_two_therapists_acting_on_the_same_version_is_refused_and_changes_nothing() {
        IntakeId id = submitted("Contested");
        GroupId tuesday = tuesday();
        Intake seenByBoth = intakes.read(id);
        intakes.decline(id, "Referred to individual therapy first", seenByBoth.version());
        int clientsBefore = clientRows();

        assertThatThrownBy(() -> intakes.invite(id, tuesday, LocalDate.now(), "contested", seenByBoth.version()))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(clientRows()).isEqualTo(clientsBefore);
        assertThat(accounts.findByUsername("contested")).isEmpty();
        assertThat(intakes.read(id).status()).isEqualTo(IntakeStatus.DECLINED);
        assertThat(intakes.read(id).declineReason()).isEqualTo("Referred to individual therapy first");
    }

    @Test
    void only_a_facilitator_of_the_group_may_invite_into_it() {
        IntakeId id = submitted("Elsewhere");
        GroupId tuesday = tuesday();
        TestUsers.signIn(accounts, "cotherapist");
        Intake read = intakes.read(id);

        assertThatThrownBy(() -> intakes.invite(id, tuesday, LocalDate.now(), "elsewhere", read.version()))
                .isInstanceOf(AccessDeniedException.class);
        expectLatest("cotherapist", "intake.invite", AuditOutcome.DENIED);
        assertThat(accounts.findByUsername("elsewhere")).isEmpty();
    }

    @Test
    void a_waitlisted_person_is_invited_later_with_the_same_client_record() {
        IntakeId id = submitted("Waiting");
        GroupId tuesday = tuesday();

        Intake waiting = intakes.waitlist(id, tuesday, intakes.read(id).version());
        assertThat(waiting.status()).isEqualTo(IntakeStatus.WAITLISTED);
        assertThat(membershipService.waitlist(tuesday)).anyMatch(w -> w.client().id().equals(waiting.client()));

        Invitation invitation = intakes.invite(id, tuesday, LocalDate.now(), "waiting", waiting.version());

        assertThat(invitation.client()).isEqualTo(waiting.client());
        assertThat(membershipService.waitlist(tuesday)).noneMatch(w -> w.client().id().equals(waiting.client()));
        assertThat(memberships.periodsOfGroup(tuesday)).extracting(MembershipPeriod::client)
                .contains(waiting.client());
        assertThatThrownBy(() -> intakes.decline(id, "Changed my mind", waiting.version() + 1))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().getFirst().messageKey())
                        .isEqualTo("intake.transition"));
    }

    private void expectLatest(String actor, String action, AuditOutcome outcome) {
        assertThat(audit.latest(0, 1)).singleElement().satisfies(e -> {
            assertThat(e.actorName()).isEqualTo(actor);
            assertThat(e.action()).isEqualTo(action);
            assertThat(e.outcome()).isEqualTo(outcome);
        });
    }
}
