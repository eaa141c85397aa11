package org.mutual.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditQuery;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.user.Account;
import org.mutual.domain.user.AccountLinks;
import org.mutual.domain.user.AccountQuery;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.AccountSummary;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;

/** Which account a signed-in token gets, with in-memory ports (logic only; the real journey is in app-ui). */
class OidcAccountsTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    final Accounts store = new Accounts();
    final List<AuditEntry> audit = new ArrayList<>();
    final OidcAccounts oidc = new OidcAccounts(store, store, new AuditRepository() {
        @Override
        public void append(AuditEntry entry) {
            audit.add(entry);
        }

        @Override
        public List<AuditEntry> latest(int offset, int limit) {
            return audit;
        }

        @Override
        public long count() {
            return audit.size();
        }

        @Override
        public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
            return latest(offset, limit);
        }

        @Override
        public long count(AuditQuery query) {
            return count();
        }
    }, new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_linked_account_signs_in_with_name_email_and_role_from_the_token() {
        UserId tess = store.create(NewAccount.of("tess", "Tess", "tess@old.example", Role.CLIENT, null));
        store.link(tess, "sub-1");

        AppUser user = oidc.signIn(identity("sub-1", Role.THERAPIST, "someone-else", "Dr. Tess Moreno",
                "tess@practice.example"));

        assertThat(user).isEqualTo(new AppUser(tess, "tess", "Dr. Tess Moreno", Role.THERAPIST));
        Account stored = store.findById(tess).orElseThrow();
        assertThat(stored.email()).isEqualTo("tess@practice.example");
        assertThat(stored.role()).isEqualTo(Role.THERAPIST);
        assertThat(store.signedInAt).containsEntry(tess, NOW);
    }

    @Test
    void someone_without_a_mutual_role_is_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> oidc.signIn(identity("sub-9", null, "nadia", "Nadia", "nadia@example.org")))
                .isInstanceOfSatisfying(OidcAccounts.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(SignInRefusal.NO_ROLE));

        assertThat(store.count()).isZero();
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("sign-in");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }

    @Test
    void a_deactivated_account_is_refused_and_the_refusal_is_audited_with_the_person_as_actor() {
        UserId sam = store.create(NewAccount.of("sam", "Sam", "sam@example.org", Role.THERAPIST, null));
        store.link(sam, "sub-2");
        store.setActive(sam, false);

        assertThatThrownBy(() -> oidc.signIn(identity("sub-2", Role.THERAPIST, "sam", "Sam", "sam@example.org")))
                .isInstanceOfSatisfying(OidcAccounts.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(SignInRefusal.DEACTIVATED));

        assertThat(store.signedInAt).doesNotContainKey(sam);
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(sam);
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }

    @Test
    void a_first_sign_in_provisions_a_linked_account_and_never_takes_over_one_with_the_same_name_or_email() {
        UserId namesake = store.create(NewAccount.of("nora", "Nora", "nora@example.org", Role.ADMIN, "hash"));

        AppUser user = oidc.signIn(identity("sub-3", Role.CLIENT, "Nora", "Nora Keycloak", "nora@example.org"));

        assertThat(user.id()).isNotEqualTo(namesake);
        assertThat(user.username()).isEqualTo("nora-2");
        assertThat(user.role()).isEqualTo(Role.CLIENT);
        assertThat(store.findBySubject("sub-3")).map(Account::id).hasValue(user.id());
        assertThat(store.subjectOf(namesake)).isEmpty();
        assertThat(store.findById(user.id()).orElseThrow().passwordHash()).isNull();
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("account.provision");
            assertThat(e.actorId()).isEqualTo(user.id());
        });
    }

    @Test
    void a_username_that_does_not_fit_mutuals_rules_is_made_to_fit() {
        AppUser user = oidc.signIn(identity("sub-4", Role.THERAPIST, "Jane.Doe@Clinic.example", "", "jane@example.org"));

        assertThat(user.username()).isEqualTo("jane.doe-clinic.example");
        assertThat(user.displayName()).isEqualTo("jane.doe-clinic.example");
    }

    @Test
    void a_new_account_needs_an_email_address() {
        assertThatThrownBy(() -> oidc.signIn(identity("sub-5", Role.CLIENT, "ines", "Ines", null)))
                .isInstanceOfSatisfying(OidcAccounts.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(SignInRefusal.INCOMPLETE_PROFILE));
        assertThat(store.count()).isZero();
    }

    private static OidcAccounts.Identity identity(String subject, Role role, String username, String name,
                                                  String email) {
        return new OidcAccounts.Identity(subject, Optional.ofNullable(role), username, name, email);
    }

    /** Accounts and their links in memory. */
    static final class Accounts implements AccountRepository, AccountLinks {
        final Map<UserId, Account> rows = new LinkedHashMap<>();
        final Map<UserId, String> subjects = new LinkedHashMap<>();
        final Map<UserId, Instant> signedInAt = new LinkedHashMap<>();

        @Override
        public UserId create(NewAccount a) {
            UserId id = new UserId(rows.size() + 1);
            rows.put(id, new Account(id, a.username(), a.displayName(), a.email(), a.role(), a.passwordHash(), true,
                    0, null));
            return id;
        }

        @Override
        public Optional<Account> findByUsername(String username) {
            return rows.values().stream().filter(a -> a.username().equals(username)).findFirst();
        }

        @Override
        public Optional<Account> findById(UserId id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public long count() {
            return rows.size();
        }

        @Override
        public void recordFailedLogin(UserId id, Instant lockUntil) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void recordSuccessfulLogin(UserId id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AccountSummary> find(AccountQuery query, int offset, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int count(AccountQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean setActive(UserId id, boolean active) {
            Account a = rows.get(id);
            rows.put(id, new Account(id, a.username(), a.displayName(), a.email(), a.role(), a.passwordHash(), active,
                    0, null));
            return true;
        }

        @Override
        public boolean setPassword(UserId id, String passwordHash) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Account> findBySubject(String subject) {
            return subjects.entrySet().stream().filter(e -> e.getValue().equals(subject))
                    .map(e -> rows.get(e.getKey())).findFirst();
        }

        @Override
        public Optional<String> subjectOf(UserId id) {
            return Optional.ofNullable(subjects.get(id));
        }

        @Override
        public boolean link(UserId id, String subject) {
            return subjects.putIfAbsent(id, subject) == null;
        }

        @Override
        public void updateFromSignIn(UserId id, String displayName, String email, Role role, Instant at) {
            Account a = rows.get(id);
            rows.put(id, new Account(id, a.username(), displayName, email, role, a.passwordHash(), a.active(), 0, null));
            signedInAt.put(id, at);
        }
    }
}
