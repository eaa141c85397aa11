package org.mutual.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.jooq.Tables;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class AuditRepositoryTest {

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    JooqAuditRepository audit;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        audit = new JooqAuditRepository(dsl);
    }

    @Test
    void entries_read_back_newest_first() {
        audit.append(new AuditEntry(Instant.parse("2026-01-01T10:00:00Z"), new UserId(7), "therapist",
                "group.create", "group", "1", AuditOutcome.ALLOWED));
        audit.append(new AuditEntry(Instant.parse("2026-01-01T11:00:00Z"), null, "anonymous",
                "group.read", "group", "1", AuditOutcome.DENIED));

        assertThat(audit.count()).isEqualTo(2);
        assertThat(audit.latest(0, 10)).extracting(AuditEntry::action).containsExactly("group.read", "group.create");
        assertThat(audit.latest(0, 10).getFirst().actorId()).isNull();
        assertThat(audit.latest(0, 10).getLast().at()).isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
    }

    @Test
    void the_database_refuses_to_update_or_delete_audit_entries() {
        audit.append(new AuditEntry(Instant.now(), new UserId(7), "therapist", "group.create", "group", "1",
                AuditOutcome.ALLOWED));

        assertThatThrownBy(() -> dsl.update(Tables.AUDIT_ENTRY).set(Tables.AUDIT_ENTRY.OUTCOME, "DENIED").execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.deleteFrom(Tables.AUDIT_ENTRY).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(audit.latest(0, 10)).singleElement().extracting(AuditEntry::outcome).isEqualTo(AuditOutcome.ALLOWED);
    }
}
