package org.mutual.persistence.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.mutual.domain.group.GroupDraft;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupQuery;
import org.mutual.domain.group.GroupStatus;
import org.mutual.domain.group.GroupSummary;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.support.TestDatabase;
import org.mutual.persistence.user.JooqAccountRepository;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class GroupRepositoryTest {

    @Parameter
    TestDatabase database;

    JooqGroupRepository groups;
    UserId alice;
    UserId bob;

    @BeforeEach
    void setUp() {
        DSLContext dsl = database.dsl(database.create());
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
    void like_wildcards_in_search_text_are_literal() {
        groups.create(GroupDraft.of("100% mutual", "x", null, 8), alice);
        groups.create(GroupDraft.of("1000 mutual", "x", null, 8), alice);

        assertThat(groups.find(new GroupQuery("0%", null, Optional.empty()), 0, 10))
                .extracting(GroupSummary::name).containsExactly("100% mutual");
        assertThat(groups.count(new GroupQuery("_", null, Optional.empty()))).isZero();
    }
}
