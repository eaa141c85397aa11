package org.mutual.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.user.Account;
import org.mutual.domain.user.AccountQuery;
import org.mutual.domain.user.AccountStatus;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class AccountLinksTest {

    static final String SUBJECT = "5d1c3b0e-8f61-4c52-9a57-0a6f1e2b7c02";

    @Parameter
    TestDatabase database;

    JooqAccountRepository accounts;
    JooqAccountLinks links;

    @BeforeEach
    void setUp() {
        DSLContext dsl = database.dsl(database.create());
        accounts = new JooqAccountRepository(dsl, Clock.systemUTC());
        links = new JooqAccountLinks(dsl);
    }

    @Test
    void an_account_is_found_by_its_subject_once_linked_and_only_then() {
        UserId tess = therapist("tess");
        therapist("omar");
        assertThat(links.findBySubject(SUBJECT)).isEmpty();
        assertThat(links.subjectOf(tess)).isEmpty();

        assertThat(links.link(tess, SUBJECT)).isTrue();

        assertThat(links.findBySubject(SUBJECT)).map(Account::username).hasValue("tess");
        assertThat(links.subjectOf(tess)).hasValue(SUBJECT);
    }

    @Test
    void a_linked_account_is_not_linked_again_and_a_subject_belongs_to_one_account() {
        UserId tess = therapist("tess");
        UserId omar = therapist("omar");
        links.link(tess, SUBJECT);

        assertThat(links.link(tess, "another-subject")).isFalse();
        assertThat(links.subjectOf(tess)).hasValue(SUBJECT);
        assertThatThrownBy(() -> links.link(omar, SUBJECT)).isInstanceOf(DataAccessException.class);
        assertThat(links.subjectOf(omar)).isEmpty();
    }

    @Test
    void signing_in_takes_name_email_and_role_from_the_identity_provider_and_counts_as_password_set() {
        UserId tess = therapist("tess");
        links.link(tess, SUBJECT);
        AccountQuery everyone = new AccountQuery(null, Set.of(Role.values()));
        assertThat(accounts.find(everyone, 0, 10)).singleElement()
                .extracting(a -> a.status()).isEqualTo(AccountStatus.PENDING);

        links.updateFromSignIn(tess, "Dr. Tess Moreno", "tess@practice.example", Role.ADMIN,
                Instant.parse("2026-03-02T09:00:00Z"));

        Account account = accounts.findById(tess).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Dr. Tess Moreno");
        assertThat(account.email()).isEqualTo("tess@practice.example");
        assertThat(account.role()).isEqualTo(Role.ADMIN);
        assertThat(account.passwordHash()).isNull();
        assertThat(accounts.find(everyone, 0, 10)).singleElement()
                .extracting(a -> a.status()).isEqualTo(AccountStatus.ACTIVE);
    }

    private UserId therapist(String username) {
        return accounts.create(NewAccount.of(username, username, username + "@example.org", Role.THERAPIST, null));
    }
}
