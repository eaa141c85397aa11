package org.mutual.persistence.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.group.Facilitator;
import org.mutual.domain.group.Group;
import org.mutual.domain.group.GroupDraft;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupQuery;
import org.mutual.domain.group.GroupStatus;
import org.mutual.domain.group.GroupSummary;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.schedule.WeeklySlot;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.base.RequestMemo;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestDatabase;
import org.mutual.persistence.user.JooqAccountRepository;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class GroupRepositoryTest {

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    JooqGroupRepository groups;
    UserId alice;
    UserId bob;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        groups = new JooqGroupRepository(dsl, Clock.systemUTC());
        JooqAccountRepository accounts = new JooqAccountRepository(dsl, Clock.systemUTC());
        alice = accounts.create(NewAccount.of("alice", "Alice Lead", "alice@example.org", Role.THERAPIST, null));
        bob = accounts.create(NewAccount.of("bob", "Bob Other", "bob@example.org", Role.THERAPIST, null));
    }

    @Test
    void created_group_reads_back_with_its_lead() {
        GroupId id = groups.create(GroupDraft.of("Tuesday evening", "Mutuality", "Weekly", 8), alice);

        assertThat(groups.find(id)).get().satisfies(g -> {
            assertThat(g.name()).isEqualTo("Tuesday evening");
            assertThat(g.focus()).isEqualTo("Mutuality");
            assertThat(g.description()).isEqualTo("Weekly");
            assertThat(g.capacity()).isEqualTo(8);
            assertThat(g.status()).isEqualTo(GroupStatus.FORMING);
            assertThat(g.leadFacilitator()).isEqualTo(alice);
            assertThat(g.version()).isZero();
        });
        assertThat(groups.isFacilitator(id, alice)).isTrue();
        assertThat(groups.isFacilitator(id, bob)).isFalse();
    }

    @Test
    void list_is_filtered_by_facilitator_text_and_status_and_paged_by_name() {
        groups.create(GroupDraft.of("Charlie group", "Assertiveness", null, 8), alice);
        groups.create(GroupDraft.of("Alpha group", "Mutual relationships", null, 8), alice);
        groups.create(GroupDraft.of("Bravo group", "Mutual relationships", null, 8), bob);

        GroupQuery alices = new GroupQuery(null, null, Optional.of(alice));
        assertThat(groups.find(alices, 0, 10)).extracting(GroupSummary::name)
                .containsExactly("Alpha group", "Charlie group");
        assertThat(groups.count(alices)).isEqualTo(2);
        assertThat(groups.find(alices, 1, 10)).extracting(GroupSummary::name).containsExactly("Charlie group");
        assertThat(groups.find(alices, 0, 10)).extracting(GroupSummary::leadFacilitatorName).containsOnly("Alice Lead");

        GroupQuery everyMutual = new GroupQuery("MUTUAL", null, Optional.empty());
        assertThat(groups.find(everyMutual, 0, 10)).extracting(GroupSummary::name)
                .containsExactly("Alpha group", "Bravo group");
        assertThat(groups.count(new GroupQuery(null, GroupStatus.ACTIVE, Optional.empty()))).isZero();
    }

    @Test
    void details_status_and_defaults_are_updated_with_optimistic_locking() {
        GroupId id = groups.create(GroupDraft.of("Tuesday evening", "Mutuality", null, 8), alice);
        Group stored = groups.find(id).orElseThrow();
        WeeklySlot slot = WeeklySlot.of(DayOfWeek.TUESDAY, LocalTime.of(18, 30), Duration.ofMinutes(90),
                ZoneId.of("Europe/Madrid"));
        Group changed = stored.withDetails(GroupDraft.of("Tuesday group", "Mutual relationships", "Weekly", 10))
                .withStatus(GroupStatus.ACTIVE)
                .withDefaults(slot, SessionLocation.of("Room 2", "https://video.example.org/tuesday"));

        groups.update(changed, 0);

        Group reread = groups.find(id).orElseThrow();
        assertThat(reread.name()).isEqualTo("Tuesday group");
        assertThat(reread.capacity()).isEqualTo(10);
        assertThat(reread.status()).isEqualTo(GroupStatus.ACTIVE);
        assertThat(reread.defaultSlot()).isEqualTo(slot);
        assertThat(reread.defaultLocation().place()).isEqualTo("Room 2");
        assertThat(reread.version()).isEqualTo(1);

        assertThatThrownBy(() -> groups.update(stored.withDetails(GroupDraft.of("Stale", "x", null, 8)), 0))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(groups.find(id).orElseThrow().name()).isEqualTo("Tuesday group");
        assertThatThrownBy(() -> groups.update(new Group(new GroupId(999_999), "x", "y", null, 8, GroupStatus.FORMING,
                alice, null, null, Instant.now(), 0), 0)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void co_facilitators_are_added_listed_lead_first_and_removed_but_the_lead_stays() {
        GroupId id = groups.create(GroupDraft.of("Tuesday evening", "Mutuality", null, 8), alice);

        groups.addFacilitator(id, bob);
        groups.addFacilitator(id, bob);

        assertThat(groups.facilitators(id)).containsExactly(new Facilitator(alice, "Alice Lead", true),
                new Facilitator(bob, "Bob Other", false));
        assertThat(groups.isFacilitator(id, bob)).isTrue();
        assertThat(groups.find(new GroupQuery(null, null, Optional.of(bob)), 0, 10)).hasSize(1);

        groups.removeFacilitator(id, bob);
        groups.removeFacilitator(id, alice);
        assertThat(groups.facilitators(id)).extracting(Facilitator::user).containsExactly(alice);
    }

    @Test
    void within_one_request_facilitation_is_read_once_and_read_again_after_a_change() {
        GroupId tuesday = groups.create(GroupDraft.of("Tuesday evening", "Mutuality", null, 8), alice);
        GroupId thursday = groups.create(GroupDraft.of("Thursday morning", "Mutuality", null, 8), alice);
        QueryCounter counter = new QueryCounter();
        JooqGroupRepository counted = new JooqGroupRepository(counter.counting(dsl), Clock.systemUTC());

        try (RequestMemo.Scope request = RequestMemo.open()) {
            assertThat(counted.isFacilitator(tuesday, alice)).isTrue();
            assertThat(counted.isFacilitator(thursday, alice)).isTrue();
            assertThat(counted.isFacilitator(tuesday, bob)).isFalse();
            assertThat(counted.isFacilitator(thursday, bob)).isFalse();
            assertThat(counter.count()).as("one read per person").isEqualTo(2);

            counted.addFacilitator(tuesday, bob);
            assertThat(counted.isFacilitator(tuesday, bob)).isTrue();
            counted.removeFacilitator(tuesday, bob);
            assertThat(counted.isFacilitator(tuesday, bob)).isFalse();
        }
        counter.reset();
        assertThat(counted.isFacilitator(tuesday, alice)).isTrue();
        assertThat(counted.isFacilitator(tuesday, alice)).isTrue();
        assertThat(counter.count()).as("outside a request every question is read").isEqualTo(2);
    }

    @Test
    void like_wildcards_in_search_text_are_literal() {
        groups.create(GroupDraft.of("100% mutual", "x", null, 8), alice);
        groups.create(GroupDraft.of("1000 mutual", "x", null, 8), alice);

        assertThat(groups.find(new GroupQuery("0%", null, Optional.empty()), 0, 10))
                .extracting(GroupSummary::name).containsExactly("100% mutual");
        assertThat(groups.count(new GroupQuery("_", null, Optional.empty()))).isZero();
    }

    @Test
    void search_text_no_stored_value_can_hold_finds_nothing_instead_of_failing() {
        groups.create(GroupDraft.of("Tuesday \uD83D\uDE00 group", "x", null, 8), alice);

        for (String text : new String[] {"\u0000", "Tues\u0000day", "a\uD83Db", "\u001b[31m", "x".repeat(1 << 20)}) {
            assertThat(groups.find(new GroupQuery(text, null, Optional.empty()), 0, 10)).isEmpty();
            assertThat(groups.count(new GroupQuery(text, null, Optional.empty()))).isZero();
        }
        assertThat(groups.count(new GroupQuery("\uD83D\uDE00", null, Optional.empty()))).isOne();
    }
}
