package org.mutual.domain.user;

import java.util.List;

/**
 * A row of the admin's account list, with the names of the groups the person facilitates (groups
 * that are not closed), in name order.
 */
public record AccountSummary(UserId id, String username, String displayName, String email, Role role,
                             boolean active, boolean passwordSet, List<String> facilitatedGroups) {

    public AccountSummary {
        facilitatedGroups = List.copyOf(facilitatedGroups);
    }

    public AccountStatus status() {
        if (!active) {
            return AccountStatus.DEACTIVATED;
        }
        return passwordSet ? AccountStatus.ACTIVE : AccountStatus.PENDING;
    }
}
