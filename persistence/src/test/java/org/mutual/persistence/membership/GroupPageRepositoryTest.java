package org.mutual.persistence.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.Facilitator;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.membership.GroupPageRepository.Stored;
import org.mutual.domain.membership.MemberView;
import org.mutual.domain.membership.MembershipId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.membership.NewMembership;
import org.mutual.domain.membership.WaitingClient;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.client.JooqClientRepository;
import org.mutual.persistence.group.JooqGroupRepository;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestData;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class GroupPageRepositoryTest {

    @Parameter
    TestDatabase database;

    QueryCounter queries = new QueryCounter();
    JooqGroupPageRepository pages;
    JooqGroupRepository groups;
    JooqMembershipRepository memberships;
    JooqWaitlistRepository waitlist;
    JooqClientRepository clients;
    TestData data;
    UserId alice;
    UserId bob;
    GroupId tuesday;

    @BeforeEach
    void setUp() {
        DSLContext dsl = database.dsl(database.create());
        pages = new JooqGroupPageRepository(queries.counting(dsl));
        groups = new JooqGroupRepository(dsl, Clock.systemUTC());
        memberships = new JooqMembershipRepository(dsl);
        waitlist = new JooqWaitlistRepository(dsl);
        clients = new JooqClientRepository(dsl, Clock.systemUTC());
        data = new TestData(dsl);
        alice = data.therapist("alice");
        bob = data.therapist("bob");
        tuesday = data.group("Tuesday evening", alice);
        groups.addFacilitator(tuesday, bob);
    }

    static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    @Test
    void the_page_holds_the_group_its_facilitators_every_period_with_its_client_and_the_waitlist_in_one_statement() {
        ClientId ana = data.client("Ana");
        ClientId ben = data.client("Ben");
        ClientId cy = data.client("Cy");
        MembershipId anaFirst = memberships.create(NewMembership.of(tuesday, ana, march(3), Set.of()));
        MembershipPeriod left = memberships.find(anaFirst).orElseThrow().leave(march(10), MembershipStatus.COMPLETED, null);
        memberships.update(left, 0);
        memberships.create(NewMembership.of(tuesday, ben, march(5), EnumSet.allOf(BarrierPattern.class)));
        waitlist.add(tuesday, cy, Instant.parse("2026-03-06T10:00:00Z"));
        // Another group's records stay out.
        GroupId thursday = data.group("Thursday morning", bob);
        memberships.create(NewMembership.of(thursday, data.client("Dee"), march(4), Set.of()));
        waitlist.add(thursday, data.client("Eve"), Instant.parse("2026-03-06T10:00:00Z"));
        queries.reset();

        Stored page = pages.load(tuesday).orElseThrow();

        assertThat(queries.count()).isEqualTo(1);
        assertThat(page.group()).isEqualTo(groups.find(tuesday).orElseThrow());
        assertThat(page.facilitators()).isEqualTo(groups.facilitators(tuesday))
                .extracting(Facilitator::user).containsExactly(alice, bob);
        assertThat(page.members()).containsExactlyElementsOf(memberships.periodsOfGroup(tuesday).stream()
                .map(p -> new MemberView(p, clients.find(p.client()).orElseThrow())).toList());
        assertThat(page.members()).extracting(m -> m.client().preferredName(), m -> m.period().focusAreas())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana", Set.of()),
                        org.assertj.core.groups.Tuple.tuple("Ben", EnumSet.allOf(BarrierPattern.class)));
        assertThat(page.members().getFirst().period().leftOn()).isEqualTo(march(10));
        assertThat(page.waitlist()).containsExactlyElementsOf(waitlist.list(tuesday).stream()
                .map(e -> new WaitingClient(e, clients.find(e.client()).orElseThrow())).toList());
        assertThat(page.waitlist()).extracting(w -> w.client().preferredName()).containsExactly("Cy");
    }

    @Test
    void a_new_group_has_its_lead_and_empty_lists() {
        GroupId fresh = data.group("Fresh", alice);

        Stored page = pages.load(fresh).orElseThrow();

        assertThat(page.group().leadFacilitator()).isEqualTo(alice);
        assertThat(page.facilitators()).extracting(Facilitator::user).containsExactly(alice);
        assertThat(page.members()).isEmpty();
        assertThat(page.waitlist()).isEqualTo(List.of());
    }

    @Test
    void a_missing_group_has_no_page() {
        assertThat(pages.load(new GroupId(999_999))).isEmpty();
    }
}
