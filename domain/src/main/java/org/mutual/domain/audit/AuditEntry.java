package org.mutual.domain.audit;

import java.time.Instant;
import org.mutual.domain.user.UserId;

/**
 * One line of the audit trail. {@code actorId} is null for anonymous callers; {@code recordId} names
 * the record by id only: audit entries never hold clinical text.
 */
public record AuditEntry(Instant at, UserId actorId, String actorName, String action, String recordType,
                         String recordId, AuditOutcome outcome) {
}
