package org.mutual.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mutual.domain.attendance.AttendanceService;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.client.ClientDraft;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.clientfile.ClientFileService;
import org.mutual.domain.group.GroupDraft;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.membership.GroupFullException;
import org.mutual.domain.membership.GroupPage;
import org.mutual.domain.membership.MembershipService;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.schedule.WeeklySlot;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionService;
import org.mutual.domain.user.AccountRepository;
import org.springframework.beans.factory.annotation.Autowired;

/** The group services wired as in production, on the running application's H2 file database. */
class GroupServicesTest extends RunningAppTest {

    @Autowired AccountRepository accounts;
    @Autowired GroupService groups;
    @Autowired MembershipService memberships;
    @Autowired SessionService sessions;
    @Autowired AttendanceService attendance;
    @Autowired ClientFileService clientFiles;
    @Autowired AuditRepository audit;
    @Autowired PracticeZone zone;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_full_group_refuses_a_member_and_the_waitlist_takes_them() {
        TestUsers.signIn(accounts, "therapist");
        GroupId group = groups.create(GroupDraft.of("Small group", "Capacity", null, 2));
        LocalDate today = memberships.today();
        memberships.addNewClient(group, client("One"), today, Set.of());
        memberships.addNewClient(group, client("Two"), today.plusDays(7), Set.of());

        assertThatThrownBy(() -> memberships.addNewClient(group, client("Three"), today.plusDays(1), Set.of()))
                .isInstanceOfSatisfying(GroupFullException.class,
                        e -> assertThat(e.fullOn()).isEqualTo(today.plusDays(7)));
        assertThat(memberships.members(group)).hasSize(2);

        memberships.waitlistNewClient(group, client("Three"));
        assertThat(memberships.waitlist(group)).singleElement()
                .satisfies(w -> assertThat(w.client().preferredName()).isEqualTo("Three"));
    }

    @Test
    void attendance_marked_twice_is_stored_and_audited_once_and_a_correction_is_audited_again() {
        TestUsers.signIn(accounts, "therapist");
        GroupId group = groups.create(GroupDraft.of("Attendance group", "Marks", null, 8));
        LocalDate today = memberships.today();
        ClientId member = memberships.addNewClient(group, client("Marked"), today, Set.of());
        SessionId session = sessions.addSingle(group, today.plusDays(1), LocalTime.of(18, 0), Duration.ofMinutes(90),
                zone.zone(), SessionLocation.of("Room 9", null));
        long before = audit.count();

        assertThat(attendance.mark(session, member, AttendanceStatus.PRESENT)).isTrue();
        assertThat(attendance.mark(session, member, AttendanceStatus.PRESENT)).isFalse();
        assertThat(audit.count()).isEqualTo(before + 1);
        assertThat(attendance.mark(session, member, AttendanceStatus.LATE)).isTrue();
        assertThat(audit.count()).isEqualTo(before + 2);

        assertThat(attendance.roster(session)).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(AttendanceStatus.LATE));
        assertThat(attendance.rates(group).group().attended()).isEqualTo(1);
    }

    @Test
    void an_admin_reads_a_group_but_cannot_change_it_and_another_therapist_cannot_read_it() {
        TestUsers.signIn(accounts, "therapist");
        GroupId group = groups.create(GroupDraft.of("Private group", "Access", null, 8));
        ClientId member = memberships.addNewClient(group, client("Private"), memberships.today(), Set.of());

        TestUsers.signIn(accounts, "admin");
        assertThat(groups.get(group).name()).isEqualTo("Private group");
        assertThat(clientFiles.open(member).client().preferredName()).isEqualTo("Private");
        assertThatThrownBy(() -> memberships.addNewClient(group, client("Sneaky"), memberships.today(), Set.of()))
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn(accounts, "cotherapist");
        assertThatThrownBy(() -> groups.get(group)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memberships.members(group)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clientFiles.open(member)).isInstanceOf(AccessDeniedException.class);
        List<AuditEntry> latest = audit.latest(0, 3);
        assertThat(latest).allSatisfy(e -> {
            assertThat(e.actorName()).isEqualTo("cotherapist");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
        assertThat(latest).extracting(AuditEntry::action).containsExactly("client.read", "membership.list", "group.read");
    }

    @Test
    void the_group_page_reads_what_the_separate_reads_give_and_refuses_and_audits_a_non_facilitator() {
        TestUsers.signIn(accounts, "therapist");
        GroupId group = groups.create(GroupDraft.of("Page group", "One read", null, 1));
        LocalDate today = memberships.today();
        ClientId member = memberships.addNewClient(group, client("Member"), today, Set.of());
        memberships.waitlistNewClient(group, client("Waiting"));

        GroupPage page = memberships.page(group);
        assertThat(page.facilitator()).isTrue();
        assertThat(page.group()).isEqualTo(groups.get(group));
        assertThat(page.facilitators()).isEqualTo(groups.facilitators(group));
        assertThat(page.members()).isEqualTo(memberships.members(group));
        assertThat(page.rosterAt(today)).isEqualTo(memberships.rosterAt(group, today))
                .extracting(m -> m.client().id()).containsExactly(member);
        assertThat(page.waitlist()).isEqualTo(memberships.waitlist(group));

        TestUsers.signIn(accounts, "admin");
        GroupPage adminPage = memberships.page(group);
        assertThat(adminPage.facilitator()).isFalse();
        assertThat(adminPage.members()).isEqualTo(page.members());

        TestUsers.signIn(accounts, "cotherapist");
        long before = audit.count();
        assertThatThrownBy(() -> memberships.page(group)).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.count()).isEqualTo(before + 1);
        assertThat(audit.latest(0, 1)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("group.read");
            assertThat(e.recordType()).isEqualTo("group");
            assertThat(e.recordId()).isEqualTo(group.toString());
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
        assertThatThrownBy(() -> memberships.page(new GroupId(987_654_321L))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void changing_the_weekly_slot_moves_only_future_planned_sessions_of_the_series() {
        TestUsers.signIn(accounts, "therapist");
        GroupId group = groups.create(GroupDraft.of("Rescheduled group", "Slots", null, 8));
        LocalDate from = memberships.today().plusDays(1);
        WeeklySlot tuesday = WeeklySlot.of(from.getDayOfWeek(), LocalTime.of(18, 0), Duration.ofMinutes(90), zone.zone());
        List<SessionId> created = sessions.generateSeries(group, tuesday, from, from.plusWeeks(3),
                SessionLocation.of("Room 1", null));
        Session first = sessions.get(created.getFirst());
        sessions.cancel(created.get(1), "Holiday", sessions.get(created.get(1)).version());

        WeeklySlot later = WeeklySlot.of(from.getDayOfWeek(), LocalTime.of(19, 30), Duration.ofMinutes(60), zone.zone());
        int moved = sessions.reschedule(first.series(), later);

        assertThat(moved).isEqualTo(3);
        assertThat(sessions.get(created.getFirst()).startsAt().atZone(zone.zone()).toLocalTime())
                .isEqualTo(LocalTime.of(19, 30));
        assertThat(sessions.get(created.get(1)).startsAt()).isEqualTo(first.startsAt().plus(Duration.ofDays(7))
                .atZone(zone.zone()).toLocalDate().atTime(18, 0).atZone(zone.zone()).toInstant());
        assertThat(sessions.get(created.get(3)).endsAt().atZone(zone.zone()).toLocalTime())
                .isEqualTo(LocalTime.of(20, 30));
    }

    @Test
    void a_co_facilitator_added_by_the_lead_sees_the_group_until_removed() {
        TestUsers.signIn(accounts, "therapist");
        GroupId group = groups.create(GroupDraft.of("Shared group", "Co-facilitation", null, 8));
        var cotherapist = accounts.findByUsername("cotherapist").orElseThrow().id();
        assertThat(groups.coFacilitatorCandidates(group)).extracting(a -> a.username()).contains("cotherapist")
                .doesNotContain("therapist", "admin", "client");
        groups.addCoFacilitator(group, cotherapist);
        assertThat(groups.coFacilitatorCandidates(group)).extracting(a -> a.username()).doesNotContain("cotherapist");

        TestUsers.signIn(accounts, "cotherapist");
        assertThat(groups.get(group).name()).isEqualTo("Shared group");
        assertThat(groups.canEdit(group)).isTrue();

        TestUsers.signIn(accounts, "therapist");
        groups.removeCoFacilitator(group, cotherapist);
        TestUsers.signIn(accounts, "cotherapist");
        assertThatThrownBy(() -> groups.get(group)).isInstanceOf(AccessDeniedException.class);
    }

    private ClientDraft client(String preferredName) {
        return ClientDraft.of(preferredName + " Example", preferredName, preferredName.toLowerCase() + "@example.org",
                null, null, null, memberships.today());
    }
}
