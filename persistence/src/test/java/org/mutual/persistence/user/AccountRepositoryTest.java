package org.mutual.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutual.persistence.jooq.Tables.GROUP_FACILITATOR;
import static org.mutual.persistence.jooq.Tables.THERAPY_GROUP;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.group.GroupStatus;
import org.mutual.domain.user.Account;
import org.mutual.domain.user.AccountQuery;
import org.mutual.domain.user.AccountStatus;
import org.mutual.domain.user.AccountSummary;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class AccountRepositoryTest {

    static final Set<Role> STAFF = Set.of(Role.THERAPIST, Role.ADMIN);

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    JooqAccountRepository accounts;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        accounts = new JooqAccountRepository(dsl, Clock.systemUTC());
    }

    @Test
    void an_account_created_without_password_reads_back_active_and_pending() {
        UserId id = accounts.create(NewAccount.of("newtherapist", "Nina New", "nina@example.org", Role.THERAPIST, null));

        Account account = accounts.findById(id).orElseThrow();
        assertThat(account.passwordHash()).isNull();
        assertThat(account.active()).isTrue();
        assertThat(accounts.find(new AccountQuery(null, STAFF), 0, 10)).singleElement().satisfies(a -> {
            assertThat(a.username()).isEqualTo("newtherapist");
            assertThat(a.displayName()).isEqualTo("Nina New");
            assertThat(a.email()).isEqualTo("nina@example.org");
            assertThat(a.role()).isEqualTo(Role.THERAPIST);
            assertThat(a.passwordSet()).isFalse();
            assertThat(a.status()).isEqualTo(AccountStatus.PENDING);
            assertThat(a.facilitatedGroups()).isEmpty();
        });
    }

    @Test
    void a_username_typed_with_a_nul_or_half_a_surrogate_pair_is_nobody_rather_than_a_database_error() {
        accounts.create(NewAccount.of("nina", "Nina New", "nina@example.org", Role.THERAPIST, null));

        assertThat(accounts.findByUsername("nina\u0000")).isEmpty();
        assertThat(accounts.findByUsername("\u0000")).isEmpty();
        assertThat(accounts.findByUsername("nin\uD83Da")).isEmpty();
        assertThat(accounts.findByUsername("nina")).isPresent();
    }

    @Test
    void set_active_switches_the_account_off_and_on() {
        UserId id = therapist("tess", "Tess");
        UserId other = therapist("omar", "Omar");

        assertThat(accounts.setActive(id, false)).isTrue();
        assertThat(accounts.findById(id).orElseThrow().active()).isFalse();
        assertThat(accounts.findById(other).orElseThrow().active()).isTrue();

        assertThat(accounts.setActive(id, true)).isTrue();
        assertThat(accounts.findById(id).orElseThrow().active()).isTrue();
        assertThat(accounts.setActive(new UserId(99_999), false)).isFalse();
    }

    @Test
    void set_password_stores_the_hash_and_lifts_a_lock() {
        UserId id = therapist("tess", "Tess");
        accounts.recordFailedLogin(id, Instant.now().plusSeconds(600));

        assertThat(accounts.setPassword(id, "{bcrypt}$2a$10$hash")).isTrue();

        Account account = accounts.findById(id).orElseThrow();
        assertThat(account.passwordHash()).isEqualTo("{bcrypt}$2a$10$hash");
        assertThat(account.failedLogins()).isZero();
        assertThat(account.lockedUntil()).isNull();
        assertThat(accounts.setPassword(new UserId(99_999), "x")).isFalse();
    }

    @Test
    void list_carries_each_persons_open_groups_in_name_order() {
        UserId tess = therapist("tess", "Tess Moreno");
        UserId sam = therapist("sam", "Sam Okafor");
        therapist("idle", "Ida Idle");
        group("Tuesday group", GroupStatus.FORMING, tess, sam);
        group("Monday group", GroupStatus.ACTIVE, tess);
        group("Old group", GroupStatus.CLOSED, tess);
        group("Thursday group", GroupStatus.ACTIVE, sam);

        List<AccountSummary> page = accounts.find(new AccountQuery(null, STAFF), 0, 10);

        assertThat(page).extracting(AccountSummary::username).containsExactly("idle", "sam", "tess");
        assertThat(page.get(0).facilitatedGroups()).isEmpty();
        assertThat(page.get(1).facilitatedGroups()).containsExactly("Thursday group", "Tuesday group");
        assertThat(page.get(2).facilitatedGroups()).containsExactly("Monday group", "Tuesday group");
    }

    @Test
    void a_page_of_accounts_with_their_groups_costs_one_query() {
        for (int i = 0; i < 5; i++) {
            UserId id = therapist("t" + i, "Therapist " + i);
            group("Group " + i, GroupStatus.ACTIVE, id);
            group("Second group " + i, GroupStatus.ACTIVE, id);
        }
        AtomicInteger queries = new AtomicInteger();
        DSLContext counting = DSL.using(dsl.configuration().derive(
                ExecuteListener.onExecuteStart(ctx -> queries.incrementAndGet())));

        List<AccountSummary> page = new JooqAccountRepository(counting, Clock.systemUTC())
                .find(new AccountQuery(null, STAFF), 0, 10);

        assertThat(page).hasSize(5).allSatisfy(a -> assertThat(a.facilitatedGroups()).hasSize(2));
        assertThat(queries).hasValue(1);
    }

    @Test
    void list_is_filtered_by_role_and_by_text_in_username_or_name_and_paged() {
        therapist("tess", "Tess Moreno");
        therapist("sam", "Sam Okafor");
        accounts.create(NewAccount.of("boss", "Avery Admin", "a@example.org", Role.ADMIN, "x"));
        accounts.create(NewAccount.of("client", "Casey Client", "c@example.org", Role.CLIENT, "x"));

        assertThat(accounts.find(new AccountQuery(null, STAFF), 0, 10)).extracting(AccountSummary::username)
                .containsExactly("boss", "sam", "tess");
        assertThat(accounts.count(new AccountQuery(null, STAFF))).isEqualTo(3);
        assertThat(accounts.find(new AccountQuery(null, Set.of(Role.ADMIN)), 0, 10))
                .extracting(AccountSummary::username).containsExactly("boss");
        assertThat(accounts.find(new AccountQuery("MORENO", STAFF), 0, 10))
                .extracting(AccountSummary::username).containsExactly("tess");
        assertThat(accounts.find(new AccountQuery("sa", STAFF), 0, 10))
                .extracting(AccountSummary::username).containsExactly("sam");
        assertThat(accounts.find(new AccountQuery(null, STAFF), 1, 1))
                .extracting(AccountSummary::username).containsExactly("sam");
        assertThat(accounts.count(new AccountQuery("casey", STAFF))).isZero();
        assertThat(accounts.count(new AccountQuery(null, Set.of()))).isZero();
    }

    @Test
    void like_wildcards_in_search_text_are_literal() {
        therapist("a_b", "Plain");
        therapist("axb", "Other");

        assertThat(accounts.find(new AccountQuery("a_b", STAFF), 0, 10))
                .extracting(AccountSummary::username).containsExactly("a_b");
        assertThat(accounts.count(new AccountQuery("%", STAFF))).isZero();
    }

    @Test
    void deactivated_accounts_are_listed_as_deactivated() {
        UserId id = therapist("tess", "Tess");
        accounts.setActive(id, false);

        assertThat(accounts.find(new AccountQuery(null, STAFF), 0, 10)).singleElement()
                .extracting(AccountSummary::status).isEqualTo(AccountStatus.DEACTIVATED);
    }

    /** A group with these facilitators, written with plain jOOQ (the group repository is tested elsewhere). */
    private void group(String name, GroupStatus status, UserId... facilitators) {
        OffsetDateTime now = OffsetDateTime.now();
        Long id = dsl.insertInto(THERAPY_GROUP)
                .set(THERAPY_GROUP.NAME, name)
                .set(THERAPY_GROUP.FOCUS, "Mutuality")
                .set(THERAPY_GROUP.CAPACITY, 8)
                .set(THERAPY_GROUP.STATUS, status.name())
                .set(THERAPY_GROUP.CREATED_AT, now)
                .set(THERAPY_GROUP.UPDATED_AT, now)
                .returningResult(THERAPY_GROUP.ID)
                .fetchOne(THERAPY_GROUP.ID);
        for (int i = 0; i < facilitators.length; i++) {
            dsl.insertInto(GROUP_FACILITATOR)
                    .set(GROUP_FACILITATOR.GROUP_ID, id)
                    .set(GROUP_FACILITATOR.USER_ID, facilitators[i].value())
                    .set(GROUP_FACILITATOR.IS_LEAD, i == 0)
                    .execute();
        }
    }

    private UserId therapist(String username, String name) {
        return accounts.create(NewAccount.of(username, name, username + "@example.org", Role.THERAPIST, "{noop}x"));
    }
}
