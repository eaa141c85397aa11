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

    /**
     * Records that the current admin looked at the log through this filter: once each time the log
     * is opened or its filter changes, not for every page the screen fetches while scrolling.
     */
    public void viewed(AuditQuery query) {
        requireAdmin();
        audit.allowed("audit.read", "audit", query.summary());
    }

    /** The entries that match, newest first; admins only. */
    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        requireAdmin();
        return repository.find(query, offset, limit);
    }

    public long count(AuditQuery query) {
        requireAdmin();
        return repository.count(query);
    }

    private void requireAdmin() {
        AppUser user = currentUser.require();
        if (!user.is(Role.ADMIN)) {
            audit.denied("audit.read", "audit", "log");
            throw new AccessDeniedException("audit", "log");
        }
    }
}
