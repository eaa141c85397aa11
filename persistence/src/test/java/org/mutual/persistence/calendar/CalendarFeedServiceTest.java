package org.mutual.persistence.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.calendar.CalendarFeedService;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.Role;
import org.mutual.persistence.plan.ClinicalFixture;
import org.mutual.persistence.plan.ServiceHarness;
import org.mutual.persistence.support.TestDatabase;

/** Issuing, replacing and turning off a feed link through the service on H2: who may, and the audit trail. */
class CalendarFeedServiceTest {

    DSLContext dsl;
    ClinicalFixture f;
    ServiceHarness h;
    CalendarFeedService service;
    AppUser dan;

    @BeforeEach
    void setUp() {
        dsl = TestDatabase.H2.dsl(TestDatabase.H2.create());
        f = new ClinicalFixture(dsl);
        h = new ServiceHarness(dsl, f);
        service = new CalendarFeedService(new JooqCalendarFeedRepository(dsl), h.currentUser, h.audit, h.tx, h.clock,
                ClinicalFixture.ZONE);
        dan = new AppUser(f.data.clientAccount("dan"), "dan", "Dan", Role.CLIENT);
    }

    @Test
    void creating_replacing_and_turning_off_a_link_are_audited_against_the_owner() {
        h.signIn(dan);

        service.issue();
        service.issue();
        service.revoke();

        assertThat(h.entries()).extracting(AuditEntry::actorName, AuditEntry::action, AuditEntry::recordType,
                        AuditEntry::recordId, AuditEntry::outcome)
                .containsExactly(
                        tuple("dan", "calendar-feed.create", "calendar-feed", dan.id().toString(), AuditOutcome.ALLOWED),
                        tuple("dan", "calendar-feed.regenerate", "calendar-feed", dan.id().toString(),
                                AuditOutcome.ALLOWED),
                        tuple("dan", "calendar-feed.revoke", "calendar-feed", dan.id().toString(),
                                AuditOutcome.ALLOWED));
    }

    @Test
    void clients_and_therapists_may_have_a_feed_and_an_admin_is_refused_with_an_audit_entry() {
        h.signIn(h.alice);
        assertThat(service.available()).isTrue();
        service.issue();
        assertThat(service.myLinkIssuedAt()).contains(h.clock.instant());

        h.signIn(h.admin);
        assertThat(service.available()).isFalse();
        assertThatThrownBy(service::issue).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(service::revoke).isInstanceOf(AccessDeniedException.class);

        assertThat(h.entries()).extracting(AuditEntry::actorName, AuditEntry::action, AuditEntry::outcome)
                .containsExactly(tuple("alice", "calendar-feed.create", AuditOutcome.ALLOWED),
                        tuple("admin", "calendar-feed.create", AuditOutcome.DENIED),
                        tuple("admin", "calendar-feed.revoke", AuditOutcome.DENIED));
        assertThat(dsl.fetchCount(dsl.selectFrom("calendar_feed"))).isEqualTo(1);
    }

    @Test
    void nobody_signed_in_can_issue_a_link() {
        h.signIn(null);

        assertThat(service.available()).isFalse();
        assertThatThrownBy(service::issue).isInstanceOf(AccessDeniedException.class);
        assertThat(dsl.fetchCount(dsl.selectFrom("calendar_feed"))).isZero();
    }
}
