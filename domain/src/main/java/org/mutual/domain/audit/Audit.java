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
        batch().allowedAll(action, recordType, recordIds).write();
    }

    /**
     * Collects ALLOWED entries of several kinds and writes them in one statement: a page that reads a
     * record and the confidential records around it audits all of them at once.
     */
    public Batch batch() {
        return new Batch();
    }

    public void denied(String action, String recordType, Object recordId) {
        write(action, recordType, recordId, AuditOutcome.DENIED);
    }

    private void write(String action, String recordType, Object recordId, AuditOutcome outcome) {
        Optional<AppUser> user = currentUser.get();
        repository.append(new AuditEntry(clock.instant(), user.map(AppUser::id).orElse(null),
                user.map(AppUser::username).orElse("anonymous"), action, recordType, String.valueOf(recordId), outcome));
    }

    /** ALLOWED entries collected for one write, in the order they were added. */
    public final class Batch {

        private final Optional<AppUser> user = currentUser.get();
        private final Instant now = clock.instant();
        private final List<AuditEntry> entries = new ArrayList<>();

        private Batch() {
        }

        public Batch allowed(String action, String recordType, Object recordId) {
            entries.add(new AuditEntry(now, user.map(AppUser::id).orElse(null),
                    user.map(AppUser::username).orElse("anonymous"), action, recordType, String.valueOf(recordId),
                    AuditOutcome.ALLOWED));
            return this;
        }

        public Batch allowedAll(String action, String recordType, Collection<?> recordIds) {
            recordIds.forEach(id -> allowed(action, recordType, id));
            return this;
        }

        /** Writes what was collected, in one statement; nothing when nothing was. */
        public void write() {
            if (!entries.isEmpty()) {
                repository.appendAll(List.copyOf(entries));
            }
        }
    }
}
