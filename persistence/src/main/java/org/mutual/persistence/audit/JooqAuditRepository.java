package org.mutual.persistence.audit;

import static org.mutual.persistence.jooq.Tables.AUDIT_ENTRY;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditQuery;
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

    /** One multi-row insert for all entries. */
    @Override
    public void appendAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(AUDIT_ENTRY, AUDIT_ENTRY.OCCURRED_AT, AUDIT_ENTRY.ACTOR_ID, AUDIT_ENTRY.ACTOR_NAME,
                AUDIT_ENTRY.ACTION, AUDIT_ENTRY.RECORD_TYPE, AUDIT_ENTRY.RECORD_ID, AUDIT_ENTRY.OUTCOME);
        for (AuditEntry e : entries) {
            insert = insert.values(e.at().atOffset(ZoneOffset.UTC), e.actorId() == null ? null : e.actorId().value(),
                    e.actorName(), e.action(), e.recordType(), e.recordId(), e.outcome().name());
        }
        insert.execute();
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
    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        return dsl.selectFrom(AUDIT_ENTRY)
                .where(matching(query))
                .orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.ID.desc())
                .offset(offset).limit(limit)
                .fetch(JooqAuditRepository::toEntry);
    }

    @Override
    public long count(AuditQuery query) {
        return dsl.fetchCount(AUDIT_ENTRY, matching(query));
    }

    /** Exact matches only, so each filter can use its index (see V13__audit_indexes.sql). */
    static Condition matching(AuditQuery q) {
        List<Condition> conditions = new ArrayList<>();
        if (q.actor() != null) {
            conditions.add(AUDIT_ENTRY.ACTOR_NAME.eq(q.actor()));
        }
        if (q.action() != null) {
            conditions.add(AUDIT_ENTRY.ACTION.eq(q.action()));
        }
        if (q.recordType() != null) {
            conditions.add(AUDIT_ENTRY.RECORD_TYPE.eq(q.recordType()));
        }
        if (q.recordId() != null) {
            conditions.add(AUDIT_ENTRY.RECORD_ID.eq(q.recordId()));
        }
        if (q.outcome() != null) {
            conditions.add(AUDIT_ENTRY.OUTCOME.eq(q.outcome().name()));
        }
        if (q.from() != null) {
            conditions.add(AUDIT_ENTRY.OCCURRED_AT.ge(q.from().atOffset(ZoneOffset.UTC)));
        }
        if (q.until() != null) {
            conditions.add(AUDIT_ENTRY.OCCURRED_AT.lt(q.until().atOffset(ZoneOffset.UTC)));
        }
        return DSL.and(conditions);
    }

    static AuditEntry toEntry(AuditEntryRecord r) {
        return new AuditEntry(r.getOccurredAt().toInstant(), r.getActorId() == null ? null : new UserId(r.getActorId()),
                r.getActorName(), r.getAction(), r.getRecordType(), r.getRecordId(), AuditOutcome.valueOf(r.getOutcome()));
    }
}
