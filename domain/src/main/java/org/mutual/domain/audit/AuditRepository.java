package org.mutual.domain.audit;

import java.util.List;

/** Port: append-only audit storage. There is deliberately no update and no delete. */
public interface AuditRepository {

    void append(AuditEntry entry);

    /** Newest first. */
    List<AuditEntry> latest(int offset, int limit);

    long count();
}
