package org.mutual.domain.group;

import java.util.List;
import java.util.Optional;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.Role;

/**
 * Use cases around groups, with the per-record access rules: a therapist sees and changes only the
 * groups they facilitate; an admin sees every group; clients see none here.
 */
public final class GroupService {

    static final String RECORD = "group";

    private final GroupRepository groups;
    private final CurrentUser currentUser;
    private final Audit audit;
    private final Transactions tx;

    public GroupService(GroupRepository groups, CurrentUser currentUser, Audit audit, Transactions tx) {
        this.groups = groups;
        this.currentUser = currentUser;
        this.audit = audit;
        this.tx = tx;
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
        AppUser user = currentUser.require();
        Group group = groups.find(id).orElseThrow(() -> new NotFoundException(RECORD, id));
        if (!maySee(user, id)) {
            audit.denied("group.read", RECORD, id);
            throw new AccessDeniedException(RECORD, id);
        }
        return group;
    }

    public List<GroupSummary> list(String text, GroupStatus status, int offset, int limit) {
        return groups.find(scopedQuery(text, status), offset, limit);
    }

    public int count(String text, GroupStatus status) {
        return groups.count(scopedQuery(text, status));
    }

    private GroupQuery scopedQuery(String text, GroupStatus status) {
        AppUser user = currentUser.require();
        return switch (user.role()) {
            case ADMIN -> new GroupQuery(text, status, Optional.empty());
            case THERAPIST -> new GroupQuery(text, status, Optional.of(user.id()));
            case CLIENT -> throw new AccessDeniedException(RECORD, "list");
        };
    }

    private boolean maySee(AppUser user, GroupId id) {
        return switch (user.role()) {
            case ADMIN -> true;
            case THERAPIST -> groups.isFacilitator(id, user.id());
            case CLIENT -> false;
        };
    }
}
