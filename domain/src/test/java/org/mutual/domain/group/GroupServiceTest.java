package org.mutual.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditQuery;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.user.Account;
import org.mutual.domain.user.AccountQuery;
import org.mutual.domain.user.AccountSummary;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;

/** The access rules of the group service, with in-memory ports (this is about logic only). */
class GroupServiceTest {

    static final AppUser THERAPIST = new AppUser(new UserId(1), "therapist", "T", Role.THERAPIST);
    static final AppUser OTHER_THERAPIST = new AppUser(new UserId(2), "other", "O", Role.THERAPIST);
    static final AppUser ADMIN = new AppUser(new UserId(3), "admin", "A", Role.ADMIN);
    static final AppUser CLIENT = new AppUser(new UserId(4), "client", "C", Role.CLIENT);

    final InMemoryGroups groups = new InMemoryGroups();
    final List<AuditEntry> auditTrail = new ArrayList<>();
    AppUser caller = THERAPIST;

    final GroupService service = new GroupService(groups, new NoAccounts(), () -> Optional.ofNullable(caller),
            new Audit(new ListAudit(), () -> Optional.ofNullable(caller),
                    Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)),
            new Transactions() {
                @Override
                public <T> T inTransaction(Supplier<T> work) {
                    return work.get();
                }
            });

    @Test
    void therapist_creates_group_and_the_creation_is_audited() {
        GroupId id = service.create(GroupDraft.of("Tuesday", "Mutuality", null, 8));

        assertThat(groups.find(id)).get().extracting(Group::leadFacilitator).isEqualTo(THERAPIST.id());
        assertThat(auditTrail).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("group.create");
            assertThat(e.recordId()).isEqualTo(id.toString());
            assertThat(e.actorId()).isEqualTo(THERAPIST.id());
            assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
        });
    }

    @Test
    void client_cannot_create_a_group_and_the_denial_is_audited() {
        caller = CLIENT;
        assertThatThrownBy(() -> service.create(GroupDraft.of("X", "Y", null, 8)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(groups.rows).isEmpty();
        assertThat(auditTrail).singleElement().extracting(AuditEntry::outcome).isEqualTo(AuditOutcome.DENIED);
    }

    @Test
    void therapist_of_another_group_is_denied_and_audited() {
        GroupId id = service.create(GroupDraft.of("Tuesday", "Mutuality", null, 8));
        caller = OTHER_THERAPIST;

        assertThatThrownBy(() -> service.get(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(auditTrail).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("group.read");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(e.actorId()).isEqualTo(OTHER_THERAPIST.id());
        });
    }

    @Test
    void only_a_facilitator_changes_a_group_and_an_admin_only_reads_it() {
        GroupId id = service.create(GroupDraft.of("Tuesday", "Mutuality", null, 8));
        service.changeStatus(id, GroupStatus.ACTIVE, 0);
        assertThat(groups.find(id)).get().extracting(Group::status).isEqualTo(GroupStatus.ACTIVE);

        caller = ADMIN;
        assertThat(service.get(id).name()).isEqualTo("Tuesday");
        assertThatThrownBy(() -> service.updateDetails(id, GroupDraft.of("Renamed", "x", null, 8), 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(groups.find(id)).get().extracting(Group::name).isEqualTo("Tuesday");
        assertThat(auditTrail).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("group.update");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }

    @Test
    void list_is_scoped_to_facilitated_groups_but_admin_sees_all() {
        service.create(GroupDraft.of("Mine", "Mutuality", null, 8));
        caller = OTHER_THERAPIST;
        service.create(GroupDraft.of("Theirs", "Mutuality", null, 8));

        assertThat(service.list(null, null, 0, 50)).extracting(GroupSummary::name).containsExactly("Theirs");
        caller = ADMIN;
        assertThat(service.count(null, null)).isEqualTo(2);
        caller = CLIENT;
        assertThatThrownBy(() -> service.list(null, null, 0, 50)).isInstanceOf(AccessDeniedException.class);
    }

    final class ListAudit implements AuditRepository {
        @Override
        public void append(AuditEntry entry) {
            auditTrail.add(entry);
        }

        @Override
        public List<AuditEntry> latest(int offset, int limit) {
            return auditTrail.reversed();
        }

        @Override
        public long count() {
            return auditTrail.size();
        }

        @Override
        public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
            return latest(offset, limit);
        }

        @Override
        public long count(AuditQuery query) {
            return count();
        }
    }

    static final class NoAccounts implements AccountRepository {
        @Override
        public UserId create(NewAccount account) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Account> findByUsername(String username) {
            return Optional.empty();
        }

        @Override
        public Optional<Account> findById(UserId id) {
            return Optional.empty();
        }

        @Override
        public long count() {
            return 0;
        }

        @Override
        public void recordFailedLogin(UserId id, Instant lockUntil) {
        }

        @Override
        public void recordSuccessfulLogin(UserId id) {
        }

        @Override
        public List<AccountSummary> find(AccountQuery query, int offset, int limit) {
            return List.of();
        }

        @Override
        public int count(AccountQuery query) {
            return 0;
        }

        @Override
        public boolean setActive(UserId id, boolean active) {
            return false;
        }

        @Override
        public boolean setPassword(UserId id, String passwordHash) {
            return false;
        }
    }

    static final class InMemoryGroups implements GroupRepository {
        final Map<GroupId, Group> rows = new HashMap<>();

        @Override
        public GroupId create(GroupDraft d, UserId lead) {
            GroupId id = new GroupId(rows.size() + 1);
            rows.put(id, new Group(id, d.name(), d.focus(), d.description(), d.capacity(), GroupStatus.FORMING,
                    lead, null, null, Instant.EPOCH, 0));
            return id;
        }

        @Override
        public Optional<Group> find(GroupId id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public void update(Group group, int expectedVersion) {
            rows.put(group.id(), group);
        }

        @Override
        public List<Facilitator> facilitators(GroupId group) {
            return List.of(new Facilitator(rows.get(group).leadFacilitator(), "", true));
        }

        @Override
        public void addFacilitator(GroupId group, UserId user) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void removeFacilitator(GroupId group, UserId user) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isFacilitator(GroupId group, UserId user) {
            return find(group).map(g -> g.leadFacilitator().equals(user)).orElse(false);
        }

        @Override
        public List<GroupSummary> find(GroupQuery q, int offset, int limit) {
            return rows.values().stream()
                    .filter(g -> q.facilitator().map(u -> u.equals(g.leadFacilitator())).orElse(true))
                    .map(g -> new GroupSummary(g.id(), g.name(), g.focus(), g.capacity(), g.status(), ""))
                    .skip(offset).limit(limit).toList();
        }

        @Override
        public int count(GroupQuery q) {
            return find(q, 0, Integer.MAX_VALUE).size();
        }
    }
}
