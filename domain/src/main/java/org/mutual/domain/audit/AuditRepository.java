package org.mutual.domain.audit;

import java.util.List;

/** Port: append-only audit storage. There is deliberately no update and no delete. */
public interface AuditRepository {

    void append(AuditEntry entry);

    /** Newest first. */
    default List<AuditEntry> latest(int offset, int limit) {
        return find(AuditQuery.ALL, offset, limit);
    }

    default long count() {
        return count(AuditQuery.ALL);
    }

    /** The entries that match, newest first. */
    List<AuditEntry> find(AuditQuery query, int offset, int limit);

    long count(AuditQuery query);
}
