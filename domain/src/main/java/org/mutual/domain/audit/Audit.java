package org.mutual.domain.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;

/** Writes audit entries for the current user. */
public final class Audit {

    private final AuditRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    public Audit(AuditRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public void allowed(String action, String recordType, Object recordId) {
        write(action, recordType, recordId, AuditOutcome.ALLOWED);
    }

    /**
     * One ALLOWED entry per record, written together: reading a list of confidential records audits
     * every record without a statement per record.
     */
    public void allowedAll(String action, String recordType, Collection<?> recordIds) {
        if (recordIds.isEmpty()) {
            return;
        }
        Optional<AppUser> user = currentUser.get();
        Instant now = clock.instant();
        List<AuditEntry> entries = new ArrayList<>(recordIds.size());
        for (Object recordId : recordIds) {
            entries.add(new AuditEntry(now, user.map(AppUser::id).orElse(null), user.map(AppUser::username)
                    .orElse("anonymous"), action, recordType, String.valueOf(recordId), AuditOutcome.ALLOWED));
        }
        repository.appendAll(entries);
    }

    /**
     * One ALLOWED entry per access, written together: a screen that reads records of several kinds in
     * one go audits them all in one statement.
     */
    public void allowedAll(List<Access> accesses) {
        if (accesses.isEmpty()) {
            return;
        }
        Optional<AppUser> user = currentUser.get();
        Instant now = clock.instant();
        List<AuditEntry> entries = new ArrayList<>(accesses.size());
        for (Access access : accesses) {
            entries.add(new AuditEntry(now, user.map(AppUser::id).orElse(null), user.map(AppUser::username)
                    .orElse("anonymous"), access.action(), access.recordType(), String.valueOf(access.recordId()),
                    AuditOutcome.ALLOWED));
        }
        repository.appendAll(entries);
    }

    public void denied(String action, String recordType, Object recordId) {
        write(action, recordType, recordId, AuditOutcome.DENIED);
    }

    private void write(String action, String recordType, Object recordId, AuditOutcome outcome) {
        Optional<AppUser> user = currentUser.get();
        repository.append(new AuditEntry(clock.instant(), user.map(AppUser::id).orElse(null),
                user.map(AppUser::username).orElse("anonymous"), action, recordType, String.valueOf(recordId), outcome));
    }

    /** One record read or written, for {@link #allowedAll(List)}. */
    public record Access(String action, String recordType, Object recordId) {
    }
}
