package org.mutual.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditQuery;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.user.Account;
import org.mutual.domain.user.AccountQuery;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.AccountSummary;
import org.mutual.domain.user.AccountToken;
import org.mutual.domain.user.AccountTokenId;
import org.mutual.domain.user.AccountTokenRepository;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.AccountLinks;
import org.mutual.domain.user.IdentityProvisioning;
import org.mutual.domain.user.LocalPasswords;
import org.mutual.domain.user.PasswordEmailSent;
import org.mutual.domain.user.PasswordSetup;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.NewPassword;
import org.mutual.domain.user.OneTimeToken;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.SetPasswordLink;
import org.mutual.domain.user.TokenProblem;
import org.mutual.domain.user.TokenPurpose;
import org.mutual.domain.user.TokenRejectedException;
import org.mutual.domain.user.UserId;

/** The admin's account management and the one-time links, with in-memory ports (logic only). */
class AccountServiceTest {

    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final String PASSWORD = "a long enough password";

    final InMemoryAccounts accounts = new InMemoryAccounts();
    final InMemoryTokens tokens = new InMemoryTokens();
    final List<AuditEntry> auditTrail = new ArrayList<>();
    final List<UserId> endedSessions = new ArrayList<>();
    final MutableClock clock = new MutableClock(START);
    AppUser caller;

    final InMemoryLinks links = new InMemoryLinks();
    final AccountService service = service(new LocalPasswords(accounts, raw -> "hashed:" + raw));

    AppUser admin;
    AppUser therapist;
    AppUser client;

    @BeforeEach
    void practice() {
        admin = accounts.add("admin", Role.ADMIN, "hashed:x");
        therapist = accounts.add("therapist", Role.THERAPIST, "hashed:x");
        client = accounts.add("client", Role.CLIENT, "hashed:x");
        caller = admin;
    }

    AccountService service(IdentityProvisioning identities) {
        return new AccountService(accounts, tokens, identities, links, endedSessions::add,
                () -> Optional.ofNullable(caller),
                new Audit(new ListAudit(), () -> Optional.ofNullable(caller), clock),
                new Transactions() {
                    @Override
                    public <T> T inTransaction(Supplier<T> work) {
                        return work.get();
                    }
                }, clock, Duration.ofHours(72));
    }

    SetPasswordLink createWithLink(NewAccount account) {
        return (SetPasswordLink) service.create(account);
    }

    @Test
    void admin_creates_a_therapist_without_password_and_gets_a_link_valid_for_72_hours() {
        SetPasswordLink link = createWithLink(therapistDraft("newtherapist"));

        Account created = accounts.findByUsername("newtherapist").orElseThrow();
        assertThat(created.passwordHash()).isNull();
        assertThat(created.active()).isTrue();
        assertThat(created.role()).isEqualTo(Role.THERAPIST);
        assertThat(link.account()).isEqualTo(created.id());
        assertThat(link.username()).isEqualTo("newtherapist");
        assertThat(link.expiresAt()).isEqualTo(START.plus(Duration.ofHours(72)));
        assertThat(OneTimeToken.wellFormed(link.token())).isTrue();
        assertThat(tokens.rows.keySet()).containsExactly(OneTimeToken.hashOf(link.token()));
        assertThat(auditTrail).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("account.create");
            assertThat(e.recordId()).isEqualTo(created.id().toString());
            assertThat(e.actorId()).isEqualTo(admin.id());
            assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
        });
    }

    @Test
    void a_taken_username_and_a_client_role_are_refused_and_nothing_is_created() {
        long before = accounts.count();

        assertThatThrownBy(() -> service.create(therapistDraft("therapist")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.byField().get("username").messageKey()).isEqualTo("validation.username-taken"));
        assertThatThrownBy(() -> service.create(NewAccount.of("newclient", "New Client", "c@example.org",
                Role.CLIENT, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.byField().get("role").messageKey()).isEqualTo("validation.staff-role"));

        assertThat(accounts.count()).isEqualTo(before);
        assertThat(tokens.rows).isEmpty();
    }

    @Test
    void a_therapist_creates_a_client_login_from_intake_but_never_a_staff_one() {
        caller = therapist;

        SetPasswordLink link = (SetPasswordLink) service.createClient(NewAccount.of("robin", "Robin",
                "robin@example.org", Role.CLIENT, null));

        assertThat(accounts.findByUsername("robin").orElseThrow().role()).isEqualTo(Role.CLIENT);
        assertThat(link.username()).isEqualTo("robin");
        assertThatThrownBy(() -> service.createClient(therapistDraft("sneaky")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.create(therapistDraft("sneaky")))
                .isInstanceOf(org.mutual.domain.base.AccessDeniedException.class);
        assertThat(accounts.findByUsername("sneaky")).isEmpty();
    }

    @Test
    void a_client_or_nobody_can_not_create_client_logins_and_the_refusal_is_audited() {
        long before = accounts.count();
        for (AppUser who : java.util.Arrays.asList(client, null)) {
            caller = who;
            auditTrail.clear();

            assertThatThrownBy(() -> service.createClient(NewAccount.of("robin", "Robin", "robin@example.org",
                    Role.CLIENT, null))).isInstanceOf(org.mutual.domain.base.AccessDeniedException.class);

            assertThat(auditTrail).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("account.create");
                assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
            });
        }
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void only_admins_manage_accounts_and_every_refusal_is_audited() {
        SetPasswordLink link = createWithLink(therapistDraft("newtherapist"));
        auditTrail.clear();

        for (AppUser notAdmin : new AppUser[] {therapist, client, null}) {
            caller = notAdmin;
            assertThatThrownBy(() -> service.create(therapistDraft("intruder"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.deactivate(link.account())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.reactivate(link.account())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.renewPasswordSetup(link.account())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.list(null, null, 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.count(null, null)).isInstanceOf(AccessDeniedException.class);
        }

        assertThat(accounts.findByUsername("intruder")).isEmpty();
        assertThat(accounts.findById(link.account()).orElseThrow().active()).isTrue();
        assertThat(tokens.rows).hasSize(1);
        assertThat(endedSessions).isEmpty();
        assertThat(auditTrail).hasSize(18).allSatisfy(e -> assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED));
        assertThat(auditTrail).extracting(AuditEntry::action).containsOnly("account.create", "account.deactivate",
                "account.reactivate", "account.link", "account.list");
        assertThat(auditTrail).extracting(AuditEntry::actorName).containsOnly("therapist", "client", "anonymous");
    }

    @Test
    void deactivation_switches_the_account_off_ends_its_sessions_and_reactivation_switches_it_on() {
        service.deactivate(therapist.id());

        assertThat(accounts.findById(therapist.id()).orElseThrow().active()).isFalse();
        assertThat(endedSessions).containsExactly(therapist.id());
        assertThat(auditTrail).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("account.deactivate");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
        });

        service.reactivate(therapist.id());

        assertThat(accounts.findById(therapist.id()).orElseThrow().active()).isTrue();
        assertThat(endedSessions).containsExactly(therapist.id());
        assertThat(auditTrail).last().extracting(AuditEntry::action).isEqualTo("account.reactivate");
    }

    @Test
    void an_admin_cannot_deactivate_themselves() {
        assertThatThrownBy(() -> service.deactivate(admin.id()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.byField().get("account").messageKey()).isEqualTo("account.deactivate-self"));

        assertThat(accounts.findById(admin.id()).orElseThrow().active()).isTrue();
        assertThat(endedSessions).isEmpty();
        assertThat(auditTrail).singleElement().extracting(AuditEntry::outcome).isEqualTo(AuditOutcome.DENIED);
    }

    @Test
    void deactivating_an_unknown_account_is_not_found() {
        assertThatThrownBy(() -> service.deactivate(new UserId(999))).isInstanceOf(NotFoundException.class);
        assertThat(endedSessions).isEmpty();
    }

    @Test
    void the_link_sets_the_password_once_for_an_anonymous_caller() {
        SetPasswordLink link = createWithLink(therapistDraft("newtherapist"));
        caller = null;
        clock.advance(Duration.ofHours(71));

        assertThat(service.checkSetPasswordLink(link.token())).isEqualTo("newtherapist");
        service.setPassword(link.token(), NewPassword.of(PASSWORD, PASSWORD));

        assertThat(accounts.findById(link.account()).orElseThrow().passwordHash()).isEqualTo("hashed:" + PASSWORD);
        assertThat(tokens.rows.values()).singleElement().extracting(AccountToken::usedAt).isEqualTo(clock.instant());
        assertThat(auditTrail).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("account.set-password");
            assertThat(e.recordId()).isEqualTo(link.account().toString());
            assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
        });

        assertThatThrownBy(() -> service.setPassword(link.token(), NewPassword.of("another long password",
                "another long password")))
                .isInstanceOfSatisfying(TokenRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(TokenProblem.USED));
        assertThat(accounts.findById(link.account()).orElseThrow().passwordHash()).isEqualTo("hashed:" + PASSWORD);
        assertThat(auditTrail).last().extracting(AuditEntry::outcome).isEqualTo(AuditOutcome.DENIED);
    }

    @Test
    void an_expired_link_changes_nothing() {
        SetPasswordLink link = createWithLink(therapistDraft("newtherapist"));
        clock.advance(Duration.ofHours(72));

        assertThatThrownBy(() -> service.checkSetPasswordLink(link.token()))
                .isInstanceOfSatisfying(TokenRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(TokenProblem.EXPIRED));
        assertThatThrownBy(() -> service.setPassword(link.token(), NewPassword.of(PASSWORD, PASSWORD)))
                .isInstanceOfSatisfying(TokenRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(TokenProblem.EXPIRED));

        assertThat(accounts.findById(link.account()).orElseThrow().passwordHash()).isNull();
        assertThat(tokens.rows.values()).singleElement().extracting(AccountToken::usedAt).isNull();
        assertThat(auditTrail).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("account.set-password");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }

    @Test
    void an_unknown_or_malformed_link_changes_nothing() {
        service.create(therapistDraft("newtherapist"));
        String unknown = OneTimeToken.generate().value();

        for (String token : new String[] {unknown, "short", null, unknown + "x"}) {
            assertThatThrownBy(() -> service.setPassword(token, NewPassword.of(PASSWORD, PASSWORD)))
                    .isInstanceOfSatisfying(TokenRejectedException.class,
                            e -> assertThat(e.problem()).isEqualTo(TokenProblem.UNKNOWN));
        }
        assertThat(accounts.findByUsername("newtherapist").orElseThrow().passwordHash()).isNull();
        assertThat(auditTrail).last().satisfies(e -> {
            assertThat(e.recordType()).isEqualTo("token");
            assertThat(e.recordId()).isEqualTo("unknown");
        });
    }

    @Test
    void a_new_link_replaces_the_earlier_one() {
        SetPasswordLink first = createWithLink(therapistDraft("newtherapist"));
        SetPasswordLink second = (SetPasswordLink) service.renewPasswordSetup(first.account());

        assertThat(second.token()).isNotEqualTo(first.token());
        assertThatThrownBy(() -> service.checkSetPasswordLink(first.token()))
                .isInstanceOfSatisfying(TokenRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(TokenProblem.USED));
        assertThat(service.checkSetPasswordLink(second.token())).isEqualTo("newtherapist");
        assertThat(auditTrail).last().extracting(AuditEntry::action).isEqualTo("account.link");
    }

    @Test
    void a_deactivated_account_cannot_use_its_link_until_reactivated() {
        SetPasswordLink link = createWithLink(therapistDraft("newtherapist"));
        service.deactivate(link.account());

        assertThatThrownBy(() -> service.setPassword(link.token(), NewPassword.of(PASSWORD, PASSWORD)))
                .isInstanceOfSatisfying(TokenRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(TokenProblem.ACCOUNT_INACTIVE));
        assertThat(accounts.findById(link.account()).orElseThrow().passwordHash()).isNull();

        service.reactivate(link.account());
        service.setPassword(link.token(), NewPassword.of(PASSWORD, PASSWORD));
        assertThat(accounts.findById(link.account()).orElseThrow().passwordHash()).isEqualTo("hashed:" + PASSWORD);
    }

    @Test
    void the_list_shows_staff_only_and_filters_by_role() {
        assertThat(service.list(null, null, 0, 10)).extracting(AccountSummary::username)
                .containsExactly("admin", "therapist");
        assertThat(service.list(null, Role.THERAPIST, 0, 10)).extracting(AccountSummary::username)
                .containsExactly("therapist");
        assertThat(service.count(null, Role.CLIENT)).isZero();
        assertThat(service.count("ADM", null)).isEqualTo(1);
    }

    static NewAccount therapistDraft(String username) {
        return NewAccount.of(username, "New Therapist", username + "@example.org", Role.THERAPIST, null);
    }

    @Test
    void with_an_identity_provider_a_new_account_is_registered_there_and_linked_by_its_subject() {
        FakeIdentityProvider provider = new FakeIdentityProvider(false);
        AccountService withProvider = service(provider);
        SetPasswordLink link = (SetPasswordLink) withProvider.create(therapistDraft("newtherapist"));

        assertThat(provider.registered).containsExactly("newtherapist");
        assertThat(links.subjects).containsEntry(link.account(), "subject-newtherapist");

        withProvider.setPassword(link.token(), NewPassword.of(PASSWORD, PASSWORD));

        assertThat(provider.passwords).containsEntry(link.account(), PASSWORD);
        assertThat(accounts.findById(link.account()).orElseThrow().passwordHash())
                .as("the password lives at the identity provider only").isNull();
    }

    @Test
    void when_the_identity_provider_sends_e_mail_no_link_is_issued_and_earlier_links_stop_working() {
        SetPasswordLink earlier = createWithLink(therapistDraft("newtherapist"));
        FakeIdentityProvider provider = new FakeIdentityProvider(true);
        AccountService mailing = service(provider);

        PasswordSetup created = mailing.create(therapistDraft("mailed"));
        PasswordSetup renewed = mailing.renewPasswordSetup(earlier.account());

        assertThat(created).isEqualTo(new PasswordEmailSent(created.account(), "mailed", "mailed@example.org"));
        assertThat(renewed).isInstanceOf(PasswordEmailSent.class);
        assertThat(provider.emailed).containsExactly(created.account(), earlier.account());
        assertThatThrownBy(() -> service.checkSetPasswordLink(earlier.token()))
                .isInstanceOfSatisfying(TokenRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(TokenProblem.USED));
    }

    @Test
    void a_failure_after_registering_takes_the_registration_back() {
        FakeIdentityProvider provider = new FakeIdentityProvider(true);
        provider.failEmail = true;

        assertThatThrownBy(() -> service(provider).create(therapistDraft("newtherapist")))
                .isInstanceOf(IllegalStateException.class);

        assertThat(provider.unregistered).containsExactly("subject-newtherapist");
        assertThat(auditTrail).noneMatch(e -> e.action().equals("account.create"));
    }

    @Test
    void a_username_the_identity_provider_already_has_is_refused_on_the_field() {
        FakeIdentityProvider provider = new FakeIdentityProvider(false);
        provider.taken = "kc-only";

        assertThatThrownBy(() -> service(provider).create(therapistDraft("kc-only")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.byField().get("username").messageKey()).isEqualTo("validation.username-taken"));
        assertThat(provider.unregistered).isEmpty();
        assertThat(links.subjects).isEmpty();
    }

    final class ListAudit implements AuditRepository {
        @Override
        public void append(AuditEntry entry) {
            auditTrail.add(entry);
        }

        @Override
        public List<AuditEntry> latest(int offset, int limit) {
            return auditTrail.reversed();
        }

        @Override
        public long count() {
            return auditTrail.size();
        }

        @Override
        public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
            return latest(offset, limit);
        }

        @Override
        public long count(AuditQuery query) {
            return count();
        }
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static final class InMemoryAccounts implements AccountRepository {
        final Map<UserId, Account> rows = new LinkedHashMap<>();

        AppUser add(String username, Role role, String hash) {
            UserId id = create(NewAccount.of(username, username, username + "@example.org", role, hash));
            return findById(id).orElseThrow().toUser();
        }

        @Override
        public UserId create(NewAccount a) {
            UserId id = new UserId(rows.size() + 1);
            rows.put(id, new Account(id, a.username(), a.displayName(), a.email(), a.role(), a.passwordHash(), true, 0,
                    null));
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
        }

        @Override
        public void recordSuccessfulLogin(UserId id) {
        }

        @Override
        public List<AccountSummary> find(AccountQuery q, int offset, int limit) {
            return rows.values().stream()
                    .filter(a -> q.roles().contains(a.role()))
                    .filter(a -> q.text() == null || a.username().contains(q.text().toLowerCase()))
                    .sorted(Comparator.comparing(Account::displayName))
                    .map(a -> new AccountSummary(a.id(), a.username(), a.displayName(), a.email(), a.role(), a.active(),
                            a.passwordHash() != null, List.of()))
                    .skip(offset).limit(limit).toList();
        }

        @Override
        public int count(AccountQuery q) {
            return find(q, 0, Integer.MAX_VALUE).size();
        }

        @Override
        public boolean setActive(UserId id, boolean active) {
            return update(id, a -> new Account(a.id(), a.username(), a.displayName(), a.email(), a.role(),
                    a.passwordHash(), active, a.failedLogins(), a.lockedUntil()));
        }

        @Override
        public boolean setPassword(UserId id, String hash) {
            return update(id, a -> new Account(a.id(), a.username(), a.displayName(), a.email(), a.role(), hash,
                    a.active(), 0, null));
        }

        private boolean update(UserId id, java.util.function.UnaryOperator<Account> change) {
            return rows.computeIfPresent(id, (k, a) -> change.apply(a)) != null;
        }
    }

    static final class InMemoryTokens implements AccountTokenRepository {
        final Map<String, AccountToken> rows = new LinkedHashMap<>();

        @Override
        public AccountTokenId create(String hash, UserId account, TokenPurpose purpose, Instant createdAt,
                                     Instant expiresAt) {
            AccountTokenId id = new AccountTokenId(rows.size() + 1);
            rows.put(hash, new AccountToken(id, account, purpose, expiresAt, null));
            return id;
        }

        @Override
        public Optional<AccountToken> findByHash(String hash) {
            return Optional.ofNullable(rows.get(hash));
        }

        @Override
        public boolean markUsed(AccountTokenId id, Instant at) {
            for (Map.Entry<String, AccountToken> e : rows.entrySet()) {
                AccountToken t = e.getValue();
                if (t.id().equals(id) && t.usedAt() == null) {
                    e.setValue(new AccountToken(t.id(), t.account(), t.purpose(), t.expiresAt(), at));
                    return true;
                }
            }
            return false;
        }

        @Override
        public int markAllUsed(UserId account, TokenPurpose purpose, Instant at) {
            int changed = 0;
            for (Map.Entry<String, AccountToken> e : rows.entrySet()) {
                AccountToken t = e.getValue();
                if (t.account().equals(account) && t.purpose() == purpose && t.usedAt() == null) {
                    e.setValue(new AccountToken(t.id(), t.account(), t.purpose(), t.expiresAt(), at));
                    changed++;
                }
            }
            return changed;
        }
    }

    /** An identity provider that records what Mutual asked of it. */
    static final class FakeIdentityProvider implements IdentityProvisioning {
        final boolean sendsEmail;
        final List<String> registered = new ArrayList<>();
        final List<String> unregistered = new ArrayList<>();
        final List<UserId> emailed = new ArrayList<>();
        final Map<UserId, String> passwords = new LinkedHashMap<>();
        String taken;
        boolean failEmail;

        FakeIdentityProvider(boolean sendsEmail) {
            this.sendsEmail = sendsEmail;
        }

        @Override
        public Optional<String> register(UserId id, NewAccount account) {
            if (account.username().equals(taken)) {
                throw ValidationException.of("username", "validation.username-taken");
            }
            registered.add(account.username());
            return Optional.of("subject-" + account.username());
        }

        @Override
        public void unregister(String subject) {
            unregistered.add(subject);
        }

        @Override
        public boolean emailsPasswordSetup() {
            return sendsEmail;
        }

        @Override
        public void emailPasswordSetup(UserId id) {
            if (failEmail) {
                throw new IllegalStateException("mail server down");
            }
            emailed.add(id);
        }

        @Override
        public void setPassword(UserId id, NewPassword password) {
            passwords.put(id, password.value());
        }
    }

    static final class InMemoryLinks implements AccountLinks {
        final Map<UserId, String> subjects = new LinkedHashMap<>();

        @Override
        public Optional<Account> findBySubject(String subject) {
            throw new UnsupportedOperationException();
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
            throw new UnsupportedOperationException();
        }
    }
}
