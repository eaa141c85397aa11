package org.mutual.domain.audit;

import java.util.List;

/** Port: append-only audit storage. There is deliberately no update and no delete. */
public interface AuditRepository {

    void append(AuditEntry entry);

    /** Appends all entries at once (one statement where the storage allows it). */
    default void appendAll(List<AuditEntry> entries) {
        entries.forEach(this::append);
    }

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
