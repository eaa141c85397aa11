package org.mutual.domain.audit;

import java.util.List;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.Role;

/** Reading the audit trail: admins only. */
public final class AuditTrail {

    private final AuditRepository repository;
    private final CurrentUser currentUser;
    private final Audit audit;

    public AuditTrail(AuditRepository repository, CurrentUser currentUser, Audit audit) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    public List<AuditEntry> latest(int offset, int limit) {
        requireAdmin();
        return repository.latest(offset, limit);
    }

    public long count() {
        requireAdmin();
        return repository.count();
    }

    private void requireAdmin() {
        AppUser user = currentUser.require();
        if (!user.is(Role.ADMIN)) {
            audit.denied("audit.read", "audit", "log");
            throw new AccessDeniedException("audit", "log");
        }
    }
}
