package org.mutual.domain.audit;

/** Whether the audited action went through. */
public enum AuditOutcome {
    ALLOWED, DENIED
}
