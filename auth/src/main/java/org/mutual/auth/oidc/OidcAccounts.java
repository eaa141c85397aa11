package org.mutual.auth.oidc;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.user.Account;
import org.mutual.domain.user.AccountLinks;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Mutual account of someone the identity provider signed in, found by the token's subject.
 * <ul>
 * <li>Linked account: name, e-mail and role are taken from the token (the identity provider keeps
 * them), unless the account is deactivated, which refuses the sign-in.</li>
 * <li>No linked account: a new one is provisioned and linked to the subject, with the role, name
 * and e-mail from the token and a free username like the provider's. An existing account with the
 * same username or e-mail is never taken over: only an admin links existing accounts (by creating
 * them through Mutual, or by setting the subject).</li>
 * <li>No Mutual role: refused, and nothing is stored.</li>
 * </ul>
 * Provisioning and refusals are audited with the person as actor.
 */
public final class OidcAccounts {

    private static final Logger log = LoggerFactory.getLogger(OidcAccounts.class);
    static final String RECORD = "account";

    private final AccountRepository accounts;
    private final AccountLinks links;
    private final AuditRepository audit;
    private final Transactions tx;
    private final Clock clock;

    public OidcAccounts(AccountRepository accounts, AccountLinks links, AuditRepository audit, Transactions tx,
                        Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** What the token says about the person. {@code role} is empty when they have no Mutual role. */
    public record Identity(String subject, Optional<Role> role, String preferredUsername, String name, String email) {
    }

    /** The person's Mutual account, or a refusal saying why they may not sign in. */
    public AppUser signIn(Identity identity) {
        if (identity.role().isEmpty()) {
            Optional<Account> linked = links.findBySubject(identity.subject());
            audit(linked.orElse(null), "sign-in", linked.map(a -> a.id().toString()).orElse("unlinked"),
                    AuditOutcome.DENIED);
            throw new Refused(SignInRefusal.NO_ROLE);
        }
        Role role = identity.role().get();
        Outcome outcome;
        try {
            outcome = tx.inTransaction(() -> signInLinkedOrNew(identity, role));
        } catch (RuntimeException firstTry) {
            // Two first sign-ins of the same person at once: the other one linked the subject first.
            if (links.findBySubject(identity.subject()).isEmpty()) {
                throw firstTry;
            }
            outcome = tx.inTransaction(() -> signInLinkedOrNew(identity, role));
        }
        if (outcome.refusal() != null) {
            audit(outcome.account(), "sign-in",
                    outcome.account() == null ? "unlinked" : outcome.account().id().toString(), AuditOutcome.DENIED);
            throw new Refused(outcome.refusal());
        }
        if (outcome.provisioned()) {
            audit(outcome.account(), "account.provision", outcome.account().id().toString(), AuditOutcome.ALLOWED);
            // The id, not the username: usernames are often people's names.
            log.info("Provisioned account {} for a first sign-in through the identity provider",
                    outcome.account().id());
        }
        Account account = outcome.account();
        return new AppUser(account.id(), account.username(), account.displayName(), account.role());
    }

    private Outcome signInLinkedOrNew(Identity identity, Role role) {
        Optional<Account> linked = links.findBySubject(identity.subject());
        if (linked.isPresent()) {
            Account account = linked.get();
            if (!account.active()) {
                return new Outcome(account, false, SignInRefusal.DEACTIVATED);
            }
            String name = displayName(identity).orElse(account.displayName());
            String email = validEmail(identity.email()).orElse(account.email());
            links.updateFromSignIn(account.id(), name, email, role, clock.instant());
            return new Outcome(withProfile(account, name, email, role), false, null);
        }
        Optional<String> email = validEmail(identity.email());
        if (email.isEmpty()) {
            return new Outcome(null, false, SignInRefusal.INCOMPLETE_PROFILE);
        }
        String username = freeUsername(identity.preferredUsername());
        String name = displayName(identity).orElse(username);
        UserId id = accounts.create(NewAccount.of(username, name, email.get(), role, null));
        if (!links.link(id, identity.subject())) {
            throw new IllegalStateException("a new account is already linked");
        }
        links.updateFromSignIn(id, name, email.get(), role, clock.instant());
        return new Outcome(accounts.findById(id).orElseThrow(), true, null);
    }

    private static Account withProfile(Account a, String name, String email, Role role) {
        return new Account(a.id(), a.username(), name, email, role, a.passwordHash(), a.active(), a.failedLogins(),
                a.lockedUntil());
    }

    /** The provider's username made to fit Mutual's rules, with a number added when it is taken. */
    String freeUsername(String preferred) {
        String base = preferred == null ? "" : preferred.strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "-");
        if (base.isEmpty()) {
            base = "user";
        }
        base = base.substring(0, Math.min(base.length(), 58));
        if (accounts.findByUsername(base).isEmpty()) {
            return base;
        }
        for (int n = 2; n < 100_000; n++) {
            String candidate = base + "-" + n;
            if (accounts.findByUsername(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free username for " + base);
    }

    private static Optional<String> displayName(Identity identity) {
        String name = identity.name() == null ? "" : identity.name().strip();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(name.length() > 120 ? name.substring(0, 120) : name);
    }

    private static Optional<String> validEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(NewAccount.of("x", "x", email.strip(), Role.CLIENT, null).email());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    private void audit(Account actor, String action, String recordId, AuditOutcome outcome) {
        audit.append(new AuditEntry(clock.instant(), actor == null ? null : actor.id(),
                actor == null ? "anonymous" : actor.username(), action, RECORD, recordId, outcome));
    }

    /** The sign-in's result inside the transaction: the account, or why it is refused. */
    private record Outcome(Account account, boolean provisioned, SignInRefusal refusal) {
    }

    /** Mutual refuses the person; {@link #reason()} says why. */
    public static final class Refused extends RuntimeException {
        private final SignInRefusal reason;

        Refused(SignInRefusal reason) {
            super("sign-in refused: " + reason);
            this.reason = reason;
        }

        public SignInRefusal reason() {
            return reason;
        }
    }
}
