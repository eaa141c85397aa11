package org.mutual.persistence.audit;

import static org.mutual.persistence.jooq.Tables.AUDIT_ENTRY;

import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.jooq.tables.records.AuditEntryRecord;
import org.springframework.stereotype.Repository;

@Repository
public class JooqAuditRepository implements AuditRepository {

    private final DSLContext dsl;

    public JooqAuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void append(AuditEntry e) {
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.OCCURRED_AT, e.at().atOffset(ZoneOffset.UTC))
                .set(AUDIT_ENTRY.ACTOR_ID, e.actorId() == null ? null : e.actorId().value())
                .set(AUDIT_ENTRY.ACTOR_NAME, e.actorName())
                .set(AUDIT_ENTRY.ACTION, e.action())
                .set(AUDIT_ENTRY.RECORD_TYPE, e.recordType())
                .set(AUDIT_ENTRY.RECORD_ID, e.recordId())
                .set(AUDIT_ENTRY.OUTCOME, e.outcome().name())
                .execute();
    }

    @Override
    public List<AuditEntry> latest(int offset, int limit) {
        return dsl.selectFrom(AUDIT_ENTRY)
                .orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.ID.desc())
                .offset(offset).limit(limit)
                .fetch(JooqAuditRepository::toEntry);
    }

    @Override
    public long count() {
        return dsl.fetchCount(AUDIT_ENTRY);
    }

    static AuditEntry toEntry(AuditEntryRecord r) {
        return new AuditEntry(r.getOccurredAt().toInstant(), r.getActorId() == null ? null : new UserId(r.getActorId()),
                r.getActorName(), r.getAction(), r.getRecordType(), r.getRecordId(), AuditOutcome.valueOf(r.getOutcome()));
    }
}
