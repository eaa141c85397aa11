package org.mutual.domain.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.base.Validator;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.group.GroupAccess;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.membership.MembershipService;
import org.mutual.domain.staff.AccountService;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.PasswordSetup;
import org.mutual.domain.user.Role;

/**
 * The public intake form and the therapists' queue. Anyone may submit; only therapists and admins
 * list or read submissions (refusals audited, like notes). Inviting or waitlisting someone for a
 * group is for that group's facilitators and happens in one transaction: client record, membership
 * or waitlist place, login account and the submission's new status are all stored, or none is.
 */
public final class IntakeService {

    static final String RECORD = "intake";
    private static final Duration WINDOW = Duration.ofHours(1);

    private final IntakeRepository intakes;
    private final ClientRepository clients;
    private final MembershipService memberships;
    private final AccountService accounts;
    private final GroupAccess access;
    private final CurrentUser currentUser;
    private final Audit audit;
    private final Transactions tx;
    private final Clock clock;
    private final ZoneId zone;
    private final int maxPerHour;

    public IntakeService(IntakeRepository intakes, ClientRepository clients, MembershipService memberships,
                         AccountService accounts, GroupAccess access, CurrentUser currentUser, Audit audit,
                         Transactions tx, Clock clock, ZoneId practiceZone, int maxPerHour) {
        if (maxPerHour < 1) {
            throw new IllegalArgumentException("the intake form must accept at least one submission an hour");
        }
        this.intakes = intakes;
        this.clients = clients;
        this.memberships = memberships;
        this.accounts = accounts;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.zone = practiceZone;
        this.maxPerHour = maxPerHour;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /**
     * Takes a submission from the public form. A filled {@code honeypot} (a field people never see)
     * and a repeated idempotency key answer {@link SubmitOutcome#RECEIVED} and store nothing; the
     * {@code maxPerHour}+1st submission from one address within an hour answers
     * {@link SubmitOutcome#TOO_MANY}. The address is kept only as a salted hash.
     */
    public SubmitOutcome submit(IntakeForm form, String remoteAddress, String honeypot) {
        Objects.requireNonNull(form);
        if (honeypot != null && !honeypot.isEmpty()) {
            return SubmitOutcome.RECEIVED;
        }
        Instant now = clock.instant();
        String hash = AddressHash.of(intakes.addressSalt(AddressHash::newSalt), remoteAddress);
        return tx.inTransaction(() -> {
            // Two requests from one address at the same moment must not both see room under the limit.
            intakes.lockSubmissions();
            if (intakes.countFrom(hash, now.minus(WINDOW)) >= maxPerHour) {
                return SubmitOutcome.TOO_MANY;
            }
            intakes.create(form, hash, now).ifPresent(id -> audit.allowed("intake.submit", RECORD, id));
            return SubmitOutcome.RECEIVED;
        });
    }

    /** One page of the queue, newest first; an empty {@code statuses} means every status. */
    public List<IntakeSummary> queue(Set<IntakeStatus> statuses, int offset, int limit) {
        requireStaff("intake.list", "queue");
        List<IntakeSummary> page = intakes.queue(statuses, offset, limit);
        audit.allowed("intake.list", RECORD, "queue");
        return page;
    }

    public int count(Set<IntakeStatus> statuses) {
        requireStaff("intake.list", "queue");
        return intakes.count(statuses);
    }

    /** One submission with its free text; every read is audited. */
    public Intake read(IntakeId id) {
        requireStaff("intake.read", id);
        Intake found = load(id);
        audit.allowed("intake.read", RECORD, id);
        return found;
    }

    /** Says a therapist is looking at it, so colleagues don't start on it too. */
    public Intake startReview(IntakeId id, int expectedVersion) {
        AppUser user = requireStaff("intake.review", id);
        Intake found = load(id, expectedVersion);
        Intake reviewed = found.inReview(user.id(), clock.instant());
        tx.run(() -> {
            intakes.update(reviewed, expectedVersion);
            audit.allowed("intake.review", RECORD, id);
        });
        return load(id);
    }

    /**
     * Invites the person into the group from {@code startsOn}: creates their client record (or uses
     * the one made when they were waitlisted), their membership with the patterns they named as focus
     * areas, and a CLIENT login named {@code username}, whose password setup is returned. All or
     * nothing: a taken username fails on {@code username} and nothing is stored.
     *
     * @throws ValidationException on {@code group}, {@code startsOn}, {@code username} or with
     *         {@code intake.transition}
     * @throws org.mutual.domain.membership.GroupFullException when the group has no place on that day
     * @throws org.mutual.domain.base.ConcurrentEditException when someone else acted on it first
     */
    public Invitation invite(IntakeId id, GroupId group, LocalDate startsOn, String username, int expectedVersion) {
        AppUser user = requireStaff("intake.invite", id);
        Intake found = load(id, expectedVersion);
        Validator v = new Validator();
        v.require(group != null, "group", "validation.required");
        v.require(startsOn != null, "startsOn", "validation.required");
        NewAccount account = v.attempt(() -> NewAccount.of(username, found.form().contact().preferredName(),
                found.form().contact().email(), Role.CLIENT, null));
        v.throwIfInvalid();
        access.requireFacilitator(group, "intake.invite", RECORD, id);
        Invitation invitation = tx.inTransaction(() -> {
            ClientId client;
            if (found.client() != null) {
                client = found.client();
                memberships.admit(group, client, startsOn, found.form().patterns());
            } else {
                client = memberships.addNewClient(group, found.form().contact(), startsOn, found.form().patterns());
            }
            intakes.update(found.invited(group, client, user.id(), clock.instant()), expectedVersion);
            // Last: with single sign-on this registers the person at the identity provider, which
            // AccountService takes back should it fail itself.
            PasswordSetup setup = accounts.createClient(account);
            clients.linkAccount(client, setup.account());
            audit.allowed("intake.invite", RECORD, id);
            return new Invitation(client, setup);
        });
        return invitation;
    }

    /**
     * Puts the person on the group's waitlist (creating their client record, without a login).
     *
     * @throws ValidationException on {@code group} or with {@code intake.transition}
     */
    public Intake waitlist(IntakeId id, GroupId group, int expectedVersion) {
        AppUser user = requireStaff("intake.waitlist", id);
        Intake found = load(id, expectedVersion);
        if (group == null) {
            throw ValidationException.of("group", "validation.required");
        }
        access.requireFacilitator(group, "intake.waitlist", RECORD, id);
        tx.run(() -> {
            ClientId client;
            if (found.client() != null) {
                client = found.client();
                memberships.waitlistAdd(group, client);
            } else {
                client = memberships.waitlistNewClient(group, found.form().contact());
            }
            intakes.update(found.waitlisted(group, client, user.id(), clock.instant()), expectedVersion);
            audit.allowed("intake.waitlist", RECORD, id);
        });
        return load(id);
    }

    /**
     * Declines the submission with a reason.
     *
     * @throws ValidationException on {@code declineReason} or with {@code intake.transition}
     */
    public Intake decline(IntakeId id, String reason, int expectedVersion) {
        AppUser user = requireStaff("intake.decline", id);
        Intake declined = load(id, expectedVersion).declined(reason, user.id(), clock.instant());
        tx.run(() -> {
            intakes.update(declined, expectedVersion);
            audit.allowed("intake.decline", RECORD, id);
        });
        return load(id);
    }

    /** A suggested username from the preferred name: lower-case letters and digits only. */
    public static String suggestedUsername(String preferredName) {
        String plain = java.text.Normalizer.normalize(Optional.ofNullable(preferredName).orElse(""),
                        java.text.Normalizer.Form.NFD)
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return plain.length() > 32 ? plain.substring(0, 32) : plain;
    }

    private AppUser requireStaff(String action, Object recordId) {
        Optional<AppUser> user = currentUser.get();
        if (user.isEmpty() || !(user.get().is(Role.THERAPIST) || user.get().is(Role.ADMIN))) {
            audit.denied(action, RECORD, recordId);
            throw new AccessDeniedException(RECORD, recordId);
        }
        return user.get();
    }

    /**
     * The submission as the caller last saw it: a colleague's decision since then is reported as a
     * concurrent edit (reload and look again) before any rule of the stale state is applied. The
     * update's version check still catches a decision made between this read and the write.
     */
    private Intake load(IntakeId id, int expectedVersion) {
        Intake found = load(id);
        if (found.version() != expectedVersion) {
            throw new ConcurrentEditException(RECORD, id);
        }
        return found;
    }

    private Intake load(IntakeId id) {
        return intakes.find(id).orElseThrow(() -> new NotFoundException(RECORD, id));
    }
}
