/**
 * The append-only audit trail: who did what to which record, when, and whether it was allowed.
 * Services record through {@link org.mutual.domain.audit.Audit}; storage is a port.
 */
package org.mutual.domain.audit;
