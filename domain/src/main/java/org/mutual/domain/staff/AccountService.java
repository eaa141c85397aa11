package org.mutual.domain.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.user.Account;
import org.mutual.domain.user.AccountQuery;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.AccountSummary;
import org.mutual.domain.user.AccountToken;
import org.mutual.domain.user.AccountLinks;
import org.mutual.domain.user.AccountTokenRepository;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.IdentityProvisioning;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.NewPassword;
import org.mutual.domain.user.OneTimeToken;
import org.mutual.domain.user.PasswordEmailSent;
import org.mutual.domain.user.PasswordSetup;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.SessionTerminator;
import org.mutual.domain.user.SetPasswordLink;
import org.mutual.domain.user.TokenProblem;
import org.mutual.domain.user.TokenPurpose;
import org.mutual.domain.user.TokenRejectedException;
import org.mutual.domain.user.UserId;

/**
 * Staff accounts, managed by admins: create a therapist or admin account without a password and
 * hand the person a one-time set-password link; deactivate an account (which also ends its open
 * sessions) and reactivate it. Using a link is the one thing here an anonymous caller may do.
 * Every change and every refusal is audited.
 * <p>
 * Where the password ends up is {@link IdentityProvisioning}'s business: Mutual's own table with
 * local login, the identity provider with single sign-on. There a new account is also registered
 * at the identity provider and linked to it by its subject, and when the identity provider sends
 * e-mail the person gets its e-mail instead of Mutual's link.
 */
public final class AccountService {

    static final String RECORD = "account";

    /** The roles managed here. Client accounts come from intake and are not listed to admins. */
    public static final Set<Role> STAFF_ROLES = Set.of(Role.THERAPIST, Role.ADMIN);

    private final AccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final IdentityProvisioning identities;
    private final AccountLinks links;
    private final SessionTerminator sessions;
    private final CurrentUser currentUser;
    private final Audit audit;
    private final Transactions tx;
    private final Clock clock;
    private final Duration linkValidity;

    public AccountService(AccountRepository accounts, AccountTokenRepository tokens, IdentityProvisioning identities,
                          AccountLinks links, SessionTerminator sessions, CurrentUser currentUser, Audit audit,
                          Transactions tx, Clock clock, Duration linkValidity) {
        if (linkValidity.isNegative() || linkValidity.isZero()) {
            throw new IllegalArgumentException("a set-password link must be valid for some time");
        }
        this.accounts = accounts;
        this.tokens = tokens;
        this.identities = identities;
        this.links = links;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.linkValidity = linkValidity;
    }

    /**
     * Creates a staff account without a password and starts its password setup: a one-time link
     * for the admin to pass on, or the identity provider's e-mail. The username must be free (in
     * Mutual and at the identity provider) and the role THERAPIST or ADMIN. If anything fails, no
     * account is left behind in either place.
     */
    public PasswordSetup create(NewAccount account) {
        requireAdmin("account.create", "new");
        if (account.passwordHash() != null) {
            throw new IllegalArgumentException("accounts created here get their password through a link");
        }
        if (!STAFF_ROLES.contains(account.role())) {
            throw ValidationException.of("role", "validation.staff-role");
        }
        return register(account);
    }

    /**
     * Creates a client's login without a password, for an invitation from intake, and starts its
     * password setup like {@link #create}. Therapists and admins may call it; the role must be
     * CLIENT. Joins the caller's transaction, so an invitation that fails later leaves no account.
     */
    public PasswordSetup createClient(NewAccount account) {
        Optional<AppUser> user = currentUser.get();
        if (user.isEmpty() || !(user.get().is(Role.THERAPIST) || user.get().is(Role.ADMIN))) {
            audit.denied("account.create", RECORD, "new");
            throw new AccessDeniedException(RECORD, "new");
        }
        if (account.passwordHash() != null) {
            throw new IllegalArgumentException("accounts created here get their password through a link");
        }
        if (account.role() != Role.CLIENT) {
            throw new IllegalArgumentException("only client accounts are created from intake");
        }
        return register(account);
    }

    private PasswordSetup register(NewAccount account) {
        return tx.inTransaction(() -> {
            if (accounts.findByUsername(account.username()).isPresent()) {
                throw ValidationException.of("username", "validation.username-taken");
            }
            UserId id = accounts.create(account);
            Optional<String> subject = identities.register(id, account);
            try {
                if (subject.isPresent() && !links.link(id, subject.get())) {
                    throw new IllegalStateException("a new account is already linked");
                }
                PasswordSetup setup = startPasswordSetup(id, account.username(), account.email());
                audit.allowed("account.create", RECORD, id);
                return setup;
            } catch (RuntimeException failure) {
                // The transaction rolls the account back; the identity provider needs telling.
                subject.ifPresent(identities::unregister);
                throw failure;
            }
        });
    }

    /**
     * Starts the password setup of an account again: a new set-password link, or the identity
     * provider's e-mail once more. Any earlier unused link of that account stops working.
     */
    public PasswordSetup renewPasswordSetup(UserId id) {
        requireAdmin("account.link", id);
        return tx.inTransaction(() -> {
            Account account = accounts.findById(id).orElseThrow(() -> new NotFoundException(RECORD, id));
            PasswordSetup setup = startPasswordSetup(id, account.username(), account.email());
            audit.allowed("account.link", RECORD, id);
            return setup;
        });
    }

    /**
     * Switches an account off and ends its open sessions. Admins can't deactivate themselves, so
     * there is always an active admin left.
     */
    public void deactivate(UserId id) {
        AppUser admin = requireAdmin("account.deactivate", id);
        if (admin.id().equals(id)) {
            audit.denied("account.deactivate", RECORD, id);
            throw ValidationException.of("account", "account.deactivate-self");
        }
        tx.run(() -> {
            if (!accounts.setActive(id, false)) {
                throw new NotFoundException(RECORD, id);
            }
            audit.allowed("account.deactivate", RECORD, id);
        });
        // After the commit: from here on a new login is refused, so no session can slip through.
        sessions.endSessionsOf(id);
    }

    public void reactivate(UserId id) {
        requireAdmin("account.reactivate", id);
        tx.run(() -> {
            if (!accounts.setActive(id, true)) {
                throw new NotFoundException(RECORD, id);
            }
            audit.allowed("account.reactivate", RECORD, id);
        });
    }

    /** One page of staff accounts; {@code role} null means therapists and admins. */
    public List<AccountSummary> list(String text, Role role, int offset, int limit) {
        requireAdmin("account.list", "list");
        return accounts.find(query(text, role), offset, limit);
    }

    public int count(String text, Role role) {
        requireAdmin("account.list", "list");
        return accounts.count(query(text, role));
    }

    /**
     * Whether a set-password link can be used now, for the page that asks for the password. Returns
     * the account's username (the person needs it to sign in); refuses with the reason otherwise.
     */
    public String checkSetPasswordLink(String token) {
        Checked checked = check(token, clock.instant());
        if (checked.problem() != null) {
            throw new TokenRejectedException(checked.problem());
        }
        return checked.account().username();
    }

    /**
     * Uses a set-password link: stores the password's hash and marks the link (and any other unused
     * link of the account) used, in one transaction. An unknown, expired or used link changes
     * nothing and is audited as denied.
     */
    public void setPassword(String token, NewPassword password) {
        Objects.requireNonNull(password);
        Instant now = clock.instant();
        Checked result = tx.inTransaction(() -> {
            Checked checked = check(token, now);
            if (checked.problem() != null) {
                return checked;
            }
            if (!tokens.markUsed(checked.token().id(), now)) {
                // Used by a parallel request between our read and our write.
                return checked.refused(TokenProblem.USED);
            }
            tokens.markAllUsed(checked.account().id(), TokenPurpose.SET_PASSWORD, now);
            identities.setPassword(checked.account().id(), password);
            audit.allowed("account.set-password", RECORD, checked.account().id());
            return checked;
        });
        if (result.problem() != null) {
            if (result.token() == null) {
                audit.denied("account.set-password", "token", "unknown");
            } else {
                audit.denied("account.set-password", RECORD, result.token().account());
            }
            throw new TokenRejectedException(result.problem());
        }
    }

    private PasswordSetup startPasswordSetup(UserId id, String username, String email) {
        if (identities.emailsPasswordSetup()) {
            tokens.markAllUsed(id, TokenPurpose.SET_PASSWORD, clock.instant());
            identities.emailPasswordSetup(id);
            return new PasswordEmailSent(id, username, email);
        }
        return issueLink(id, username);
    }

    private SetPasswordLink issueLink(UserId id, String username) {
        Instant now = clock.instant();
        tokens.markAllUsed(id, TokenPurpose.SET_PASSWORD, now);
        OneTimeToken token = OneTimeToken.generate();
        Instant expiresAt = now.plus(linkValidity);
        tokens.create(token.hash(), id, TokenPurpose.SET_PASSWORD, now, expiresAt);
        return new SetPasswordLink(id, username, token.value(), expiresAt);
    }

    private Checked check(String token, Instant now) {
        if (!OneTimeToken.wellFormed(token)) {
            return new Checked(null, null, TokenProblem.UNKNOWN);
        }
        Optional<AccountToken> found = tokens.findByHash(OneTimeToken.hashOf(token))
                .filter(t -> t.purpose() == TokenPurpose.SET_PASSWORD);
        if (found.isEmpty()) {
            return new Checked(null, null, TokenProblem.UNKNOWN);
        }
        AccountToken stored = found.get();
        Optional<TokenProblem> problem = stored.problemAt(now);
        if (problem.isPresent()) {
            return new Checked(stored, null, problem.get());
        }
        Account account = accounts.findById(stored.account()).orElse(null);
        if (account == null || !account.active()) {
            return new Checked(stored, account, TokenProblem.ACCOUNT_INACTIVE);
        }
        return new Checked(stored, account, null);
    }

    private AccountQuery query(String text, Role role) {
        return new AccountQuery(text, role == null ? STAFF_ROLES
                : STAFF_ROLES.contains(role) ? Set.of(role) : Set.of());
    }

    private AppUser requireAdmin(String action, Object recordId) {
        Optional<AppUser> user = currentUser.get();
        if (user.isEmpty() || !user.get().is(Role.ADMIN)) {
            audit.denied(action, RECORD, recordId);
            throw new AccessDeniedException(RECORD, recordId);
        }
        return user.get();
    }

    /** What a look-up of a link found; {@code problem} null means it may be used. */
    private record Checked(AccountToken token, Account account, TokenProblem problem) {
        Checked refused(TokenProblem reason) {
            return new Checked(token, account, reason);
        }
    }
}
