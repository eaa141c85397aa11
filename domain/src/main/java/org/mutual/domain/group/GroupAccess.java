package org.mutual.domain.group;

import java.util.Collection;
import java.util.List;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.Role;

/**
 * The per-record rule every group-owned record follows: its group's facilitators may read and
 * change it; an admin may see the group's organisational records (members, sessions, attendance)
 * but nothing clinical; nobody else may. A refusal is audited before it is thrown.
 */
public final class GroupAccess {

    private final GroupRepository groups;
    private final CurrentUser currentUser;
    private final Audit audit;

    public GroupAccess(GroupRepository groups, CurrentUser currentUser, Audit audit) {
        this.groups = groups;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The current user if they facilitate the group; otherwise audits and refuses. */
    public AppUser requireFacilitator(GroupId group, String action, String recordType, Object recordId) {
        AppUser user = currentUser.require();
        if (facilitates(user, group)) {
            return user;
        }
        audit.denied(action, recordType, recordId);
        throw new AccessDeniedException(recordType, recordId);
    }

    /** The current user if they facilitate the group or are an admin; otherwise audits and refuses. */
    public AppUser requireOrganisationalAccess(GroupId group, String action, String recordType, Object recordId) {
        AppUser user = currentUser.require();
        if (user.is(Role.ADMIN) || facilitates(user, group)) {
            return user;
        }
        audit.denied(action, recordType, recordId);
        throw new AccessDeniedException(recordType, recordId);
    }

    /** Whether the current user facilitates the group or is an admin (no audit: nothing is refused yet). */
    public boolean hasOrganisationalAccess(GroupId group) {
        return currentUser.get().map(u -> u.is(Role.ADMIN) || facilitates(u, group)).orElse(false);
    }

    /** Whether the current user facilitates the group (no audit: used to show or hide actions). */
    public boolean isFacilitator(GroupId group) {
        return currentUser.get().map(u -> facilitates(u, group)).orElse(false);
    }

    /**
     * Of a client's groups, those the current user facilitates, each once in the given order: the
     * groups whose clinical records about the client they may read. Empty for anyone but a therapist.
     */
    public List<GroupId> facilitatedAmong(Collection<GroupId> clientGroups) {
        return currentUser.get()
                .map(u -> clientGroups.stream().distinct().filter(g -> facilitates(u, g)).toList())
                .orElse(List.of());
    }

    /**
     * Whether the current user is staff of a client who is or was in {@code clientGroups}: an admin,
     * or a therapist facilitating one of them (no audit: callers audit their own refusal).
     */
    public boolean isStaffOf(Collection<GroupId> clientGroups) {
        return currentUser.get().map(u -> u.is(Role.ADMIN)).orElse(false) || !facilitatedAmong(clientGroups).isEmpty();
    }

    /** The one rule every check here starts from: a therapist who facilitates the group. */
    private boolean facilitates(AppUser user, GroupId group) {
        return user.is(Role.THERAPIST) && groups.isFacilitator(group, user.id());
    }

    public Group load(GroupId id) {
        return groups.find(id).orElseThrow(() -> new NotFoundException("group", id));
    }
}
