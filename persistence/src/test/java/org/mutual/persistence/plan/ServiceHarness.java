package org.mutual.persistence.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.group.GroupAccess;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.audit.JooqAuditRepository;
import org.mutual.persistence.group.JooqGroupRepository;
import org.mutual.persistence.user.JooqAccountRepository;

/**
 * The ports a domain service needs besides its repositories, on the same database: who is calling
 * (switchable per test), the audit trail, group access and a clock. Statements run in auto-commit;
 * the services' transactions are about atomicity, which these tests don't exercise.
 */
public final class ServiceHarness {

    public static final Instant NOW = Instant.parse("2026-05-05T17:00:00Z");

    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    public final JooqAuditRepository auditTrail;
    public final CurrentUser currentUser = () -> Optional.ofNullable(caller());
    public final Audit audit;
    public final GroupAccess access;
    public final Transactions tx = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    public final AppUser alice;
    public final AppUser bob;
    public final AppUser admin;
    private AppUser caller;

    public ServiceHarness(DSLContext dsl, ClinicalFixture f) {
        auditTrail = new JooqAuditRepository(dsl);
        audit = new Audit(auditTrail, currentUser, clock);
        access = new GroupAccess(new JooqGroupRepository(dsl, clock), currentUser, audit);
        alice = new AppUser(f.alice, "alice", "alice", Role.THERAPIST);
        bob = new AppUser(f.bob, "bob", "bob", Role.THERAPIST);
        UserId adminId = new JooqAccountRepository(dsl, clock)
                .create(NewAccount.of("admin", "Admin", "admin@example.org", Role.ADMIN, null));
        admin = new AppUser(adminId, "admin", "Admin", Role.ADMIN);
        caller = alice;
    }

    public AppUser caller() {
        return caller;
    }

    public void signIn(AppUser user) {
        caller = user;
    }

    /** Every audit entry, oldest first. */
    public List<AuditEntry> entries() {
        return auditTrail.latest(0, 1000).reversed();
    }

    public AuditEntry lastEntry() {
        return auditTrail.latest(0, 1).getFirst();
    }
}
