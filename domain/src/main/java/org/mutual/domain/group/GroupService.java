package org.mutual.domain.group;

import java.util.List;
import java.util.Optional;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.schedule.WeeklySlot;
import org.mutual.domain.user.AccountQuery;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.AccountSummary;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;

/**
 * Use cases around groups, with the per-record access rules: a therapist sees and changes only the
 * groups they facilitate; an admin sees every group but changes none; clients see none here.
 */
public final class GroupService {

    static final String RECORD = "group";

    private final GroupRepository groups;
    private final CurrentUser currentUser;
    private final Audit audit;
    private final Transactions tx;
    private final GroupAccess access;
    private final AccountRepository accounts;

    public GroupService(GroupRepository groups, AccountRepository accounts, CurrentUser currentUser, Audit audit,
                        Transactions tx) {
        this.groups = groups;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.tx = tx;
        this.access = new GroupAccess(groups, currentUser, audit);
    }

    /** Creates a group led by the current therapist and audits it in the same transaction. */
    public GroupId create(GroupDraft draft) {
        AppUser user = currentUser.require();
        if (!user.is(Role.THERAPIST)) {
            audit.denied("group.create", RECORD, "new");
            throw new AccessDeniedException(RECORD, "new");
        }
        return tx.inTransaction(() -> {
            GroupId id = groups.create(draft, user.id());
            audit.allowed("group.create", RECORD, id);
            return id;
        });
    }

    public Group get(GroupId id) {
        Group group = access.load(id);
        access.requireOrganisationalAccess(id, "group.read", RECORD, id);
        return group;
    }

    /** Whether the current user facilitates the group (and so may change it). */
    public boolean canEdit(GroupId id) {
        return access.isFacilitator(id);
    }

    public void updateDetails(GroupId id, GroupDraft draft, int expectedVersion) {
        change(id, "group.update", g -> g.withDetails(draft), expectedVersion);
    }

    public void changeStatus(GroupId id, GroupStatus status, int expectedVersion) {
        change(id, "group.status", g -> g.withStatus(status), expectedVersion);
    }

    /** The weekly slot and place new sessions start from. Existing sessions are not touched. */
    public void updateDefaults(GroupId id, WeeklySlot slot, SessionLocation location, int expectedVersion) {
        change(id, "group.defaults", g -> g.withDefaults(slot, location), expectedVersion);
    }

    public List<Facilitator> facilitators(GroupId id) {
        access.requireOrganisationalAccess(id, "group.read", RECORD, id);
        return groups.facilitators(id);
    }

    /** Adds a therapist as co-facilitator; they then see and record everything about the group. */
    public void addCoFacilitator(GroupId id, UserId therapist) {
        access.requireFacilitator(id, "group.facilitator.add", RECORD, id);
        boolean activeTherapist = accounts.findById(therapist)
                .map(a -> a.active() && a.role() == Role.THERAPIST).orElse(false);
        if (!activeTherapist) {
            throw ValidationException.of("facilitator", "group.facilitator.not-therapist");
        }
        tx.run(() -> {
            if (!groups.isFacilitator(id, therapist)) {
                groups.addFacilitator(id, therapist);
                audit.allowed("group.facilitator.add", RECORD, id);
            }
        });
    }

    /** Active therapists who could co-facilitate the group (those not facilitating it yet). */
    public List<AccountSummary> coFacilitatorCandidates(GroupId id) {
        access.requireFacilitator(id, "group.facilitator.list", RECORD, id);
        List<UserId> current = groups.facilitators(id).stream().map(Facilitator::user).toList();
        return accounts.find(new AccountQuery(null, java.util.Set.of(Role.THERAPIST)), 0, 500).stream()
                .filter(a -> a.active() && !current.contains(a.id()))
                .toList();
    }

    /** Removes a co-facilitator; the lead stays. */
    public void removeCoFacilitator(GroupId id, UserId therapist) {
        access.requireFacilitator(id, "group.facilitator.remove", RECORD, id);
        Group group = access.load(id);
        if (therapist.equals(group.leadFacilitator())) {
            throw ValidationException.of("facilitator", "group.facilitator.lead-stays");
        }
        tx.run(() -> {
            groups.removeFacilitator(id, therapist);
            audit.allowed("group.facilitator.remove", RECORD, id);
        });
    }

    public List<GroupSummary> list(String text, GroupStatus status, int offset, int limit) {
        return groups.find(scopedQuery(text, status), offset, limit);
    }

    public int count(String text, GroupStatus status) {
        return groups.count(scopedQuery(text, status));
    }

    private void change(GroupId id, String action, java.util.function.UnaryOperator<Group> edit, int expectedVersion) {
        access.requireFacilitator(id, action, RECORD, id);
        tx.run(() -> {
            Group current = access.load(id);
            groups.update(edit.apply(current), expectedVersion);
            audit.allowed(action, RECORD, id);
        });
    }

    private GroupQuery scopedQuery(String text, GroupStatus status) {
        AppUser user = currentUser.require();
        return switch (user.role()) {
            case ADMIN -> new GroupQuery(text, status, Optional.empty());
            case THERAPIST -> new GroupQuery(text, status, Optional.of(user.id()));
            case CLIENT -> throw new AccessDeniedException(RECORD, "list");
        };
    }
}
